import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ERROR_CODES } from '@berth/domain';
import { describeError, isFormProblem } from './describe-error';

function graphQLError(extensions: Record<string, unknown>, message = 'internal detail') {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions }], data: null });
}

describe('describeError', () => {
  it("uses the shared table's message for every known code, not the server's text", () => {
    for (const code of Object.keys(ERROR_CODES) as (keyof typeof ERROR_CODES)[]) {
      const described = describeError(graphQLError({ code }));
      expect(described).toMatchObject({ code, message: ERROR_CODES[code].defaultMessage });
    }
  });

  it('reads BAD_USER_INPUT field problems and drops the input. prefix', () => {
    const described = describeError(
      graphQLError({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'input.email', message: 'is not a valid email address' },
          { field: 'tags.2', message: 'is required' },
          { nonsense: true },
        ],
      }),
    );
    expect(described.fields).toEqual([
      { field: 'email', message: 'is not a valid email address' },
      { field: 'tags.2', message: 'is required' },
    ]);
  });

  it('keeps the matches of a duplicate refusal, which the form answers in place', () => {
    const duplicates = { verdict: 'BLOCK', matches: [] };
    const described = describeError(graphQLError({ code: 'DUPLICATE_CUSTOMER', duplicates }));
    expect(described).toMatchObject({ code: 'DUPLICATE_CUSTOMER', duplicates });
    expect(isFormProblem(described)).toBe(true);
    expect(isFormProblem(describeError(graphQLError({ code: 'DUPLICATE_NEEDS_ACKNOWLEDGEMENT' })))).toBe(true);
    expect(isFormProblem(describeError(graphQLError({ code: 'FORBIDDEN' })))).toBe(false);
  });

  it('treats an unknown code as a server-side failure', () => {
    expect(describeError(graphQLError({ code: 'SOMETHING_NEW' })).code).toBe('UNKNOWN');
  });

  it('tells a network failure apart', () => {
    const described = describeError(new TypeError('Failed to fetch'));
    expect(described.code).toBe('NETWORK_ERROR');
    expect(described.message).toMatch(/connection/);
  });
});
