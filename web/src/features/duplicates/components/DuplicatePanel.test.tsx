import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { blockMatch, demotedMatch, poolMatch, result, warnMatch } from '../../../test/duplicate-fixtures';
import { renderWithProviders } from '../../../test/render';
import { DuplicatePanel } from './DuplicatePanel';

describe('DuplicatePanel', () => {
  it('explains each match in English: holder, protection left, evidence', async () => {
    renderWithProviders(<DuplicatePanel result={result('WARN', [warnMatch, poolMatch('WARN')])} headline="headline" />);

    const [owned, pooled] = await screen.findAllByTestId('duplicate-match');
    expect(within(owned).getByTestId('duplicate-holder').textContent).toBe('Rita Rep · East sales · protection ends in 5 h');
    expect(within(owned).getByTestId('duplicate-evidence').textContent).toBe('Company name ≈ 62%');
    expect(within(pooled).getByTestId('duplicate-holder').textContent).toBe('In the public pool');
    expect(within(pooled).getByTestId('claim-instead-button').textContent).toBe('Claim it instead');

    await userEvent.setup().click(within(owned).getByTestId('duplicate-evidence'));
    expect((await within(owned).findByTestId('duplicate-evidence-details')).textContent).toBe(
      'Company name · similar · 62% · warnsTypedacme tradingExistingacme trade house',
    );
  });

  it('speaks Chinese', async () => {
    renderWithProviders(<DuplicatePanel result={result('BLOCK', [blockMatch, poolMatch('BLOCK')])} headline="标题" fromServer />, {
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
    });

    const [owned, pooled] = await screen.findAllByTestId('duplicate-match');
    expect(within(owned).getByTestId('duplicate-holder').textContent).toBe('Emma Novak · North sales · 保护期还剩 12 天');
    expect(within(owned).getAllByTestId('duplicate-evidence').map((chip) => chip.textContent)).toEqual(['公司名称', '电话']);
    expect(within(pooled).getByTestId('duplicate-holder').textContent).toBe('在公海中');
    expect(within(pooled).getByTestId('claim-instead-button').textContent).toBe('改为领取');
    expect(screen.getByTestId('duplicate-found-on-save').textContent).toBe('保存时，Berth 发现了匹配的客户。');
    expect(screen.getByRole('region', { name: '查重' })).toBeTruthy();

    await userEvent.setup().click(within(owned).getAllByTestId('duplicate-evidence')[0]);
    expect((await within(owned).findByTestId('duplicate-evidence-details')).textContent).toContain('公司名称 · 精确匹配 · 100% · 拦截输入值');
  });

  it.each<['en' | 'zh-CN', string[]]>([
    ['en', ['Only warns: shared by 3 customers, so it does not single out one company.', 'Only warns: same name, but the phones are in different areas, so it may be another branch.']],
    ['zh-CN', ['仅提醒：已有 3 个客户共用此项，无法确定是哪一家公司。', '仅提醒：名称相同，但电话在不同地区，可能是另一家分店。']],
  ])('says why a match that would block only warns (%s)', async (locale, reasons) => {
    renderWithProviders(<DuplicatePanel result={result('WARN', [demotedMatch])} headline="headline" />, { locale, timeZone: 'Asia/Shanghai' });

    const [match] = await screen.findAllByTestId('duplicate-match');
    await userEvent.setup().click(within(match).getAllByTestId('duplicate-evidence')[0]);
    await within(match).findAllByTestId('duplicate-evidence-details');
    expect(within(match).getAllByTestId('duplicate-demotion').map((line) => line.textContent)).toEqual(reasons);
  });
});
