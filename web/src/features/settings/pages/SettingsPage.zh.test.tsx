import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, REP } from '../../../test/render';
import { duplicateRulesMock, policyMock, versionsMock } from '../../../test/pool-policy-fixtures';
import type { Viewer } from '../../auth/me-query';
import { PreviewRepGroup } from '../components/PreviewRepGroup';
import { SettingsPage } from './SettingsPage';

const WAIT = { timeout: 5000 };
const ADMIN: Viewer = { ...REP, id: 'u0', name: 'Ada Admin', role: 'ADMIN' };
const ZH = { locale: 'zh-CN', timeZone: 'Asia/Shanghai' } as const;

describe('settings in Chinese', { timeout: 30_000 }, () => {
  it('labels the policy and words its history, dates in the team’s zone', async () => {
    const version = {
      version: 3,
      changedAt: '2026-11-20T09:30:00.000Z',
      changedBy: null,
      changes: [
        { field: 'protectionDays.default', before: '30', after: '14' },
        { field: 'noDealDays.byTier.A', before: 'off', after: null },
        { field: 'followUpTypes', before: 'CALL, VISIT', after: 'CALL, VISIT, WECHAT' },
        { field: 'returnReasons', before: '{"code":"OTHER","label":"Other","noteRequired":true}', after: '{"code":"OTHER","label":"其他","noteRequired":true}' },
      ],
    };
    renderWithProviders(<SettingsPage />, { ...ZH, route: '/settings', user: ADMIN, mocks: [policyMock, duplicateRulesMock, versionsMock([version])] as never[] });

    const entry = await screen.findByTestId('policy-version', {}, WAIT);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('设置');
    expect(within(screen.getByTestId('pool-policy-card')).getByRole('heading', { level: 2 }).textContent).toBe('公海规则');
    expect(screen.getByRole('textbox', { name: '每日领取上限' })).toBeTruthy();
    expect(entry.textContent).toContain('版本 3');
    expect(entry.textContent).toContain('已离职用户');
    expect(entry.textContent).toContain('2026年11月20日 17:30');
    expect(within(entry).getAllByTestId('policy-change').map((c) => c.textContent)).toEqual([
      '保护期：30 天 → 14 天',
      '未赢单期限（客户等级 A）：关闭 → 沿用默认值',
      '计入的跟进类型：电话、拜访 → 电话、拜访、微信',
      '退回原因：Other（需备注） → 其他（需备注）',
    ]);
  });

  it('shows what an edit would recycle with Chinese dates and spans', async () => {
    const forecast = {
      rep: { id: 'u1', name: 'Rita Rep' },
      count: 1,
      customers: [{ customerId: '11', companyName: 'Acme Ltd', recycleAt: '2026-11-23T09:30:00.000Z', reason: 'recycled: no valid follow-up for 14 days', reasonDetail: { __typename: 'EntryReason' as const, kind: 'RECYCLED' as const, rules: ['NO_VALID_FOLLOW_UP' as const], followUpDays: 14, noDealDays: null, code: null, label: null, note: null } }],
    };
    renderWithProviders(<PreviewRepGroup forecast={forecast} now={new Date('2026-11-20T09:30:00.000Z')} />, ZH);

    expect(screen.getByTestId('preview-rep-count').textContent).toBe('1 个客户');
    await userEvent.setup().click(screen.getByText('Rita Rep'));
    const customer = await screen.findByTestId('preview-customer');
    expect(customer.textContent).toBe('Acme Ltd14 天无有效跟进 · 2026年11月23日 17:30（3天后）');
  });
});
