import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { blockMatch, poolMatch, result, warnMatch } from '../../../test/duplicate-fixtures';
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
});
