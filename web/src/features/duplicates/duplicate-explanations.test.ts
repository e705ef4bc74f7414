import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { blockExplanation, holderPhrase, matchSignature, shortVerdict, warnExplanation } from './duplicate-explanations';
import { blockMatch, poolMatch, result, warnMatch } from '../../test/duplicate-fixtures';

const { t } = createI18n('en', 'UTC');
const zh = createI18n('zh-CN', 'Asia/Shanghai').t;

describe('duplicate explanations', () => {
  it('names the owner and department of a blocking match', () => {
    expect(blockExplanation(result('BLOCK', [blockMatch]), 'create', t)).toBe(
      'Already in Berth: owned by Emma Novak (North sales) — you cannot add it again.',
    );
    expect(blockExplanation(result('BLOCK', [blockMatch]), 'create', zh)).toBe('Berth 中已有该公司，负责人为 Emma Novak（North sales），不能重复录入。');
  });

  it('says when the blocking customer is in the pool, and counts further blocks', () => {
    expect(blockExplanation(result('BLOCK', [poolMatch('BLOCK'), blockMatch]), 'edit', t)).toBe(
      'Already in Berth: in the public pool (and 1 more) — another customer cannot have these details.',
    );
    expect(blockExplanation(result('BLOCK', [poolMatch('BLOCK'), blockMatch]), 'edit', zh)).toBe(
      'Berth 中已有该公司，目前在公海中（另有 1 个匹配），其他客户不能使用相同的信息。',
    );
    expect(holderPhrase(poolMatch('WARN').customer, t)).toBe('in the public pool');
  });

  it("says 'you' when the viewer owns the match", () => {
    const viewer = { name: 'Emma Novak', department: { name: 'North sales' } };
    expect(blockExplanation(result('BLOCK', [blockMatch]), 'create', t, viewer)).toBe('Already in Berth: owned by you — you cannot add it again.');
    expect(holderPhrase(blockMatch.customer, t, { ...viewer, department: { name: 'South sales' } })).toBe('owned by Emma Novak (North sales)');
  });

  it('asks to check the match, or counts the matches', () => {
    expect(warnExplanation(result('WARN', [warnMatch]), t)).toBe('This may be a company already in Berth. Check the match before saving.');
    expect(warnExplanation(result('WARN', [warnMatch, blockMatch]), t)).toBe('This may be a company already in Berth. Check the 2 matches before saving.');
    expect(warnExplanation(result('WARN', [warnMatch, blockMatch]), zh)).toBe('该公司可能已在 Berth 中，保存前请核对这 2 个匹配项。');
  });

  it('says the verdict and who holds the match in one line, for beside the save button', () => {
    expect(shortVerdict(result('BLOCK', [warnMatch, blockMatch]), 'BLOCK', t)).toBe('Already in Berth: owned by Emma Novak (North sales)');
    expect(shortVerdict(result('BLOCK', [blockMatch, poolMatch('BLOCK')]), 'BLOCK', zh)).toBe('Berth 中已有该公司，负责人为 Emma Novak（North sales）（另有 1 个匹配）');
    expect(shortVerdict(result('WARN', [warnMatch, poolMatch('WARN')]), 'WARN', t)).toBe('Possibly already in Berth: owned by Rita Rep (East sales) (and 1 more)');
    expect(shortVerdict(result('WARN', [poolMatch('WARN')]), 'WARN', zh)).toBe('该公司可能已在 Berth 中，目前在公海中');
    // A refusal whose matches did not arrive still says the verdict.
    expect(shortVerdict(result('BLOCK', []), 'BLOCK', t)).toBe('Already in Berth');
  });

  it('changes signature when the matches change, not when their order does', () => {
    expect(matchSignature(result('WARN', [warnMatch, blockMatch]))).toBe(matchSignature(result('WARN', [blockMatch, warnMatch])));
    expect(matchSignature(result('WARN', [warnMatch]))).not.toBe(matchSignature(result('WARN', [blockMatch])));
  });
});
