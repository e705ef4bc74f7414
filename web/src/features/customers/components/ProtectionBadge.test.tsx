import { describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { DEFAULT_POOL_POLICY, type PoolPolicy } from '@berth/domain';
import { renderWithProviders } from '../../../test/render';
import { ProtectionBadge } from './ProtectionBadge';

const NOW = new Date('2026-11-22T09:00:00Z');
const SOON = '2026-11-23T09:00:00.000Z'; // inside the 3-day reminder lead

/** One badge on the page at a time: the providers wrap each, so a rerender cannot swap it. */
function badge(props: { status: 'FOLLOWING_UP' | 'WON' | 'NEW'; locked: boolean; policy?: PoolPolicy }, locale: 'en' | 'zh-CN' = 'en') {
  cleanup();
  renderWithProviders(<ProtectionBadge protectedUntil={SOON} now={NOW} policy={DEFAULT_POOL_POLICY} {...props} />, { locale, timeZone: 'UTC' });
  return screen.getByTestId('protection-badge');
}

describe('ProtectionBadge', () => {
  it('counts down in amber inside the reminder lead', () => {
    const shown = badge({ status: 'FOLLOWING_UP', locked: false });
    expect(shown.dataset.state).toBe('EXPIRING_SOON');
    expect(shown.textContent).toBe('1 day left');
  });

  it('shows won and locked customers as kept when the policy never recycles them', () => {
    expect(badge({ status: 'WON', locked: false }).dataset.state).toBe('KEPT');
    expect(badge({ status: 'WON', locked: false }).textContent).toBe('Kept · won');
    expect(badge({ status: 'NEW', locked: true }).textContent).toBe('Kept · locked');
    expect(badge({ status: 'WON', locked: false, policy: { ...DEFAULT_POOL_POLICY, excludeWon: false } }).dataset.state).toBe('EXPIRING_SOON');
  });

  it('counts down in Chinese for a Chinese viewer', () => {
    expect(badge({ status: 'FOLLOWING_UP', locked: false }, 'zh-CN').textContent).toBe('还剩 1 天');
    expect(badge({ status: 'WON', locked: false }, 'zh-CN').textContent).toBe('保留 · 赢单');
  });
});
