import { describe, expect, it } from 'vitest';
import { computeProtectionEnd, DEFAULT_POOL_POLICY, reminderDue, type PoolPolicy, type ReminderFacts } from '../src';

const utc: PoolPolicy = { ...DEFAULT_POOL_POLICY, teamTimeZone: 'UTC' };
const end = new Date('2026-03-31T09:00:00Z');
const at = (iso: string) => new Date(iso);

function facts(changes: Partial<ReminderFacts> = {}): ReminderFacts {
  return { ownerId: 7, status: 'FOLLOWING_UP', locked: false, protectionEnd: end, lastRemindedPeriodEnd: null, ...changes };
}

describe('reminderDue: once per protection period, 3 team days before the end', () => {
  it.each([
    ['1 ms before the window', facts(), '2026-03-28T08:59:59.999Z', false],
    ['at the window start', facts(), '2026-03-28T09:00:00Z', true],
    ['1 ms before the end', facts(), '2026-03-31T08:59:59.999Z', true],
    ['at the end: too late, the period is over', facts(), '2026-03-31T09:00:00Z', false],
    ['already reminded for this period', facts({ lastRemindedPeriodEnd: end }), '2026-03-29T09:00:00Z', false],
    ['reminded for an earlier period only', facts({ lastRemindedPeriodEnd: at('2026-03-01T09:00:00Z') }), '2026-03-29T09:00:00Z', true],
    ['a WON customer is never recycled, so never reminded', facts({ status: 'WON' }), '2026-03-29T09:00:00Z', false],
    ['a locked customer', facts({ locked: true }), '2026-03-29T09:00:00Z', false],
    ['a pool customer', facts({ ownerId: null, protectionEnd: null }), '2026-03-29T09:00:00Z', false],
  ])('%s → %s', (_name, customer, now, due) => {
    expect(reminderDue(customer, at(now), utc)).toBe(due);
  });

  it('a follow-up that moves the end starts a new period with its own reminder', () => {
    const ownedSince = at('2026-03-01T09:00:00Z');
    const input = { ownedSince, tier: 'B', hasWonDeal: true, policy: utc };
    const firstEnd = computeProtectionEnd({ ...input, followUps: [] });
    let sent: Date | null = null;
    const sweep = (now: string, followUps: { type: 'CALL'; content: string; at: Date }[]) => {
      const protectionEnd = computeProtectionEnd({ ...input, followUps });
      const due = reminderDue(facts({ protectionEnd, lastRemindedPeriodEnd: sent }), at(now), utc);
      if (due) sent = protectionEnd;
      return due;
    };
    const followUp = [{ type: 'CALL' as const, content: 'Agreed on the next demo', at: at('2026-03-29T12:00:00Z') }];
    expect([sweep('2026-03-28T09:00:00Z', []), sweep('2026-03-28T09:01:00Z', []), sweep('2026-03-29T08:00:00Z', [])]).toEqual([true, false, false]);
    expect(sent).toEqual(firstEnd);
    expect([sweep('2026-03-30T00:00:00Z', followUp), sweep('2026-04-25T11:59:59Z', followUp)]).toEqual([false, false]);
    expect([sweep('2026-04-25T12:00:00Z', followUp), sweep('2026-04-26T12:00:00Z', followUp)]).toEqual([true, false]);
  });

  it('counts the lead in team days across daylight saving (America/New_York)', () => {
    const policy = { ...utc, teamTimeZone: 'America/New_York' };
    const nyEnd = at('2026-03-10T10:00:00-04:00'); // window opens Mar 7 10:00 EST, 71 hours earlier
    expect(reminderDue(facts({ protectionEnd: nyEnd }), at('2026-03-07T14:59:59.999Z'), policy)).toBe(false);
    expect(reminderDue(facts({ protectionEnd: nyEnd }), at('2026-03-07T15:00:00Z'), policy)).toBe(true);
  });
});
