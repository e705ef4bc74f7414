import { describe, expect, it } from 'vitest';
import { validateFollowUpFields } from '../src';

const now = new Date('2026-11-22T09:00:00Z');
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('validateFollowUpFields', () => {
  it('accepts a follow-up at the present instant with a later reminder', () => {
    expect(validateFollowUpFields({ type: 'CALL', content: 'Discussed the quote', occurredAt: now, remindAt: new Date('2026-11-25T09:00:00Z') }, now)).toEqual([]);
  });

  it.each([
    [{ type: 'FAX', content: 'x', occurredAt: now }, ['type']],
    [{ type: 'CALL', content: '   ', occurredAt: now }, ['content']],
    [{ type: 'CALL', content: 'x'.repeat(2001), occurredAt: now }, ['content']],
    [{ type: 'CALL', content: 'ok', occurredAt: new Date(now.getTime() + 1) }, ['occurredAt']],
    [{ type: 'CALL', content: 'ok', occurredAt: now, remindAt: new Date(now.getTime() - 1) }, ['remindAt']],
    [{ type: 'CALL', content: 'ok', occurredAt: now, nextStep: 'y'.repeat(501) }, ['nextStep']],
  ])('refuses %o', (input, expected) => {
    expect(fields(validateFollowUpFields(input, now))).toEqual(expected);
  });
});
