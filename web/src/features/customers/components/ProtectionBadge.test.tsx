import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { DEFAULT_POOL_POLICY } from '@berth/domain';
import { ProtectionBadge } from './ProtectionBadge';

const NOW = new Date('2026-11-22T09:00:00Z');
const SOON = '2026-11-23T09:00:00.000Z'; // inside the 3-day reminder lead

describe('ProtectionBadge', () => {
  it('counts down in amber inside the reminder lead', () => {
    render(<ProtectionBadge protectedUntil={SOON} status="FOLLOWING_UP" locked={false} now={NOW} policy={DEFAULT_POOL_POLICY} />);
    expect(screen.getByTestId('protection-badge').dataset.state).toBe('EXPIRING_SOON');
    expect(screen.getByTestId('protection-badge').textContent).toBe('1 day left');
  });

  it('shows won and locked customers as kept when the policy never recycles them', () => {
    const { rerender } = render(<ProtectionBadge protectedUntil={SOON} status="WON" locked={false} now={NOW} policy={DEFAULT_POOL_POLICY} />);
    expect(screen.getByTestId('protection-badge').dataset.state).toBe('KEPT');
    expect(screen.getByTestId('protection-badge').textContent).toBe('Kept · won');
    rerender(<ProtectionBadge protectedUntil={SOON} status="NEW" locked now={NOW} policy={DEFAULT_POOL_POLICY} />);
    expect(screen.getByTestId('protection-badge').textContent).toBe('Kept · locked');
    rerender(<ProtectionBadge protectedUntil={SOON} status="WON" locked={false} now={NOW} policy={{ ...DEFAULT_POOL_POLICY, excludeWon: false }} />);
    expect(screen.getByTestId('protection-badge').dataset.state).toBe('EXPIRING_SOON');
  });
});
