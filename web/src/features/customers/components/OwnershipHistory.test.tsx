import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import type { EntryReasonDetail } from '../../pool/entry-reason-fields';
import { OwnershipHistory } from './OwnershipHistory';
import type { OwnershipEvent } from './OwnershipHistory.fragment';

const rita = { id: 'u1', name: 'Rita Rep' };
const mia = { id: 'u9', name: 'Mia Manager' };
const NONE = { rules: null, followUpDays: null, noDealDays: null, code: null, label: null, note: null };

function event(id: string, daysAgo: number, over: Partial<OwnershipEvent>): OwnershipEvent {
  return { id, kind: 'CLAIMED', from: null, to: rita, actor: rita, reason: null, reasonDetail: null, occurredAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(), ...over };
}

/** Newest first: a recycle under both rules, a return for a shipped reason with a note, a claim (no reason). */
const events: OwnershipEvent[] = [
  event('e3', 1, {
    kind: 'RECYCLED',
    from: rita,
    to: null,
    actor: null,
    reason: 'recycled: no valid follow-up for 30 days and no won deal within 60 days',
    reasonDetail: { ...NONE, kind: 'RECYCLED', rules: ['NO_VALID_FOLLOW_UP', 'NO_DEAL'], followUpDays: 30, noDealDays: 60 } satisfies EntryReasonDetail,
  }),
  event('e2', 20, {
    kind: 'RETURNED',
    from: mia,
    to: null,
    actor: mia,
    reason: 'returned: Wrong region — they moved to Chengdu',
    reasonDetail: { ...NONE, kind: 'RETURNED', code: 'WRONG_REGION', label: 'Wrong region', note: 'they moved to Chengdu' },
  }),
  event('e1', 40, {}),
];

const reasons = () => screen.getAllByTestId('ownership-reason').map((r) => r.textContent);

describe('OwnershipHistory', () => {
  it('words each reason from its data; a move without one shows none', () => {
    renderWithProviders(<OwnershipHistory customer={{ id: 'c1', ownershipEvents: events }} />);

    expect(reasons()).toEqual([
      'Reason: No counted follow-up for 30 days and no won deal within 60 days',
      'Reason: Wrong region — they moved to Chengdu',
    ]);
  });

  it('speaks Chinese', () => {
    renderWithProviders(<OwnershipHistory customer={{ id: 'c1', ownershipEvents: events }} />, { locale: 'zh-CN' });

    expect(reasons()).toEqual(['原因：30 天无有效跟进，且 60 天内未赢单', '原因：地区不符（they moved to Chengdu）']);
  });

  it("names a manager's release as such, with the manager and their note", () => {
    const released = event('e4', 0, {
      kind: 'RETURNED',
      from: rita,
      to: null,
      actor: mia,
      reason: 'released: Rita left the company',
      reasonDetail: { ...NONE, kind: 'RELEASED', note: 'Rita left the company' },
    });
    renderWithProviders(<OwnershipHistory customer={{ id: 'c1', ownershipEvents: [released, ...events] }} />);

    expect(screen.getAllByTestId('ownership-title')[0].textContent).toBe('Released to the pool');
    expect(reasons()[0]).toBe('Reason: Rita left the company');
    expect(screen.getByTestId('ownership-history').textContent).toContain('by Mia Manager');
  });

  it("shows the server's text for an event from before reasons were kept as data", () => {
    const old = event('e0', 400, { kind: 'RECYCLED', to: null, actor: null, reason: 'recycled: no valid follow-up for 30 days' });
    renderWithProviders(<OwnershipHistory customer={{ id: 'c1', ownershipEvents: [old] }} />, { locale: 'zh-CN' });

    expect(reasons()).toEqual(['原因：No valid follow-up for 30 days']);
  });
});
