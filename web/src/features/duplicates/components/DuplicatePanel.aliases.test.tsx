import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { blockMatch, result, warnMatch } from '../../../test/duplicate-fixtures';
import { renderWithProviders } from '../../../test/render';
import type { DuplicateMatch } from '../duplicate-types';
import { DuplicatePanel } from './DuplicatePanel';

const englishName = { __typename: 'CustomerAlias', kind: 'ENGLISH_NAME', name: 'Shanghai Huatai Textile Co., Ltd.' } as const;

/** A Chinese company found through its English name, on the name exactly and on the phone. */
const aliasMatch = {
  ...blockMatch,
  customer: { ...blockMatch.customer, companyName: '上海华泰纺织有限公司' },
  evidence: [
    { ...blockMatch.evidence[0], inputValue: 'shanghai huatai textile', existingValue: 'shanghai huatai textile', existingAlias: englishName },
    blockMatch.evidence[1],
  ],
} as DuplicateMatch;

describe('DuplicatePanel, when a match is through one of the existing customer’s other names', () => {
  it.each<['en' | 'zh-CN', string]>([
    ['en', 'Matched its English name “Shanghai Huatai Textile Co., Ltd.”'],
    ['zh-CN', '匹配其英文名“Shanghai Huatai Textile Co., Ltd.”'],
  ])('says which one, under the customer and in the evidence (%s)', async (locale, said) => {
    renderWithProviders(<DuplicatePanel result={result('BLOCK', [aliasMatch, warnMatch])} headline="headline" />, { locale, timeZone: 'Asia/Shanghai' });

    const [found, other] = await screen.findAllByTestId('duplicate-match');
    expect(within(found).getAllByTestId('duplicate-matched-alias').map((line) => line.textContent)).toEqual([said]);
    // A match on the customer's own name says nothing of the kind.
    expect(within(other).queryByTestId('duplicate-matched-alias')).toBeNull();

    await userEvent.setup().click(within(found).getAllByTestId('duplicate-evidence')[0]);
    await within(found).findByTestId('duplicate-evidence-details');
    expect(within(found).getAllByTestId('evidence-alias').map((line) => line.textContent)).toEqual([said]);
  });

  it('names the other name once when more than one comparison went through it', async () => {
    const twice = { ...aliasMatch, evidence: [aliasMatch.evidence[0], { ...aliasMatch.evidence[0], method: 'SIMILAR', score: 0.9 }] } as DuplicateMatch;
    renderWithProviders(<DuplicatePanel result={result('BLOCK', [twice])} headline="headline" />);

    const [found] = await screen.findAllByTestId('duplicate-match');
    expect(within(found).getAllByTestId('duplicate-matched-alias').map((line) => line.textContent)).toEqual([
      'Matched its English name “Shanghai Huatai Textile Co., Ltd.”',
    ]);
  });
});

describe('DuplicatePanel, when a similar name pairs word for word', () => {
  it.each<['en' | 'zh-CN', string]>([
    ['en', 'Word for word: harbour ≈ harbor, textile ≈ textiles'],
    ['zh-CN', '逐词对应：harbour ≈ harbor，textile ≈ textiles'],
  ])('lists the paired words in the evidence (%s)', async (locale, said) => {
    const paired = {
      ...warnMatch,
      evidence: [
        {
          ...warnMatch.evidence[0],
          pairedWords: [
            { input: 'harbour', existing: 'harbor' },
            { input: 'textile', existing: 'textiles' },
          ],
        },
      ],
    } as DuplicateMatch;
    renderWithProviders(<DuplicatePanel result={result('WARN', [paired])} headline="headline" />, { locale, timeZone: 'Asia/Shanghai' });

    const [found] = await screen.findAllByTestId('duplicate-match');
    await userEvent.setup().click(within(found).getAllByTestId('duplicate-evidence')[0]);
    await within(found).findByTestId('duplicate-evidence-details');
    expect(within(found).getByTestId('evidence-paired-words').textContent).toBe(said);
  });
});
