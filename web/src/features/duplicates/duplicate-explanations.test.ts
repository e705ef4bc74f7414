import { describe, expect, it } from 'vitest';
import { blockExplanation, holderPhrase, matchSignature } from './duplicate-explanations';
import { blockMatch, poolMatch, result, warnMatch } from '../../test/duplicate-fixtures';

describe('duplicate explanations', () => {
  it('names the owner and department of a blocking match', () => {
    expect(blockExplanation(result('BLOCK', [blockMatch]), 'create')).toBe(
      'Already in Berth: owned by Emma Novak (North sales) — you cannot add it again.',
    );
  });

  it('says when the blocking customer is in the pool, and counts further blocks', () => {
    expect(blockExplanation(result('BLOCK', [poolMatch('BLOCK'), blockMatch]), 'edit')).toBe(
      'Already in Berth: in the public pool (and 1 more) — another customer cannot have these details.',
    );
    expect(holderPhrase(poolMatch('WARN').customer)).toBe('in the public pool');
  });

  it("says 'you' when the viewer owns the match", () => {
    const viewer = { name: 'Emma Novak', department: { name: 'North sales' } };
    expect(blockExplanation(result('BLOCK', [blockMatch]), 'create', viewer)).toBe('Already in Berth: owned by you — you cannot add it again.');
    expect(holderPhrase(blockMatch.customer, { ...viewer, department: { name: 'South sales' } })).toBe('owned by Emma Novak (North sales)');
  });

  it('changes signature when the matches change, not when their order does', () => {
    expect(matchSignature(result('WARN', [warnMatch, blockMatch]))).toBe(matchSignature(result('WARN', [blockMatch, warnMatch])));
    expect(matchSignature(result('WARN', [warnMatch]))).not.toBe(matchSignature(result('WARN', [blockMatch])));
  });
});
