import { describe, expect, it } from 'vitest';
import { reasonText } from './pool-labels';

describe('reasonText: a reason without the kind the chip beside it already names', () => {
  it.each([
    ['returned: No contact', 'No contact'],
    ['returned: Other — their parent company buys', 'Other — their parent company buys'],
    ['recycled: no valid follow-up for 30 days', 'No valid follow-up for 30 days'],
    ['Released: moving North to South', 'Moving North to South'],
    ['manager decision', 'Manager decision'],
    ['returned: ', 'returned: '],
  ])('%s → %s', (reason, text) => {
    expect(reasonText(reason)).toBe(text);
  });
});
