import { describe, expect, it } from 'vitest';
import { errorForField, labelForPath, toFieldErrors, unplacedErrors } from './field-errors';
import { compactEntries, remapItemProblems } from './list-entries';

const labels = { companyName: 'Company name', tags: 'Tags', phones: 'Phones' };

describe('field errors', () => {
  it('names list items by position, counting from one', () => {
    expect(labelForPath('tags.2', labels)).toBe('Tag 3');
    expect(labelForPath('phones.0', labels)).toBe('Phone 1');
    expect(labelForPath('companyName', labels)).toBe('Company name');
  });

  it('joins label and predicate, keeps whole sentences, and keeps the first problem per path', () => {
    const errors = toFieldErrors(
      [
        { field: 'companyName', message: 'is required' },
        { field: 'companyName', message: 'must be at most 200 characters' },
        { field: 'tags', message: 'At most 20 tags, please.' },
      ],
      labels,
    );
    expect(errors).toEqual({ companyName: 'Company name is required', tags: 'At most 20 tags, please.' });
  });

  it('finds an item problem for its list, and reports paths no field shows', () => {
    const errors = { 'tags.1': 'Tag 2 is required', ownerId: 'Owner is not allowed' };
    expect(errorForField(errors, 'tags')).toBe('Tag 2 is required');
    expect(unplacedErrors(errors, ['tags', 'companyName'])).toEqual(['Owner is not allowed']);
  });
});

describe('list entries', () => {
  it('sends entries without blanks or repeats and remembers where each was on screen', () => {
    expect(compactEntries(['', ' a@x.com ', 'A@x.com', 'b@x.com'])).toEqual({
      values: ['a@x.com', 'b@x.com'],
      origin: [1, 3],
    });
  });

  it('moves a sent-item problem back to its box', () => {
    const problems = remapItemProblems([{ field: 'emails.1', message: 'x' }, { field: 'name', message: 'y' }], 'emails', [1, 3]);
    expect(problems).toEqual([{ field: 'emails.3', message: 'x' }, { field: 'name', message: 'y' }]);
  });
});
