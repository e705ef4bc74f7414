import { describe, expect, it } from 'vitest';
import {
  computeProtectionEnd,
  DEFAULT_POOL_POLICY,
  extendProtection,
  followUpContentLength,
  isProtected,
  isValidFollowUp,
  protectionClocks,
  protectionState,
  reminderStartsAt,
  type FollowUpType,
  type PoolPolicy,
} from '../src';

const utc: PoolPolicy = { ...DEFAULT_POOL_POLICY, teamTimeZone: 'UTC' };
const at = (iso: string) => new Date(iso);
const call = (iso: string, content = 'Discussed the quote in detail'): { type: FollowUpType; content: string; at: Date } => ({
  type: 'CALL',
  content,
  at: at(iso),
});
const iso = (d: Date) => d.toISOString();

describe('isValidFollowUp: counted kind and enough content', () => {
  it.each<[FollowUpType, string, boolean]>([
    ['CALL', 'Discussed pricing', true],
    ['VISIT', 'On-site demo ok', true],
    ['MEETING', 'Kick-off w/ CTO', true],
    ['EMAIL', 'Sent the quote', true],
    ['WECHAT', 'Sent the quote on WeChat', false], // not counted by default
    ['NOTE', 'Remember to call back', false],
    ['CALL', 'no answer.', true], // exactly 10 characters
    ['CALL', 'no answer', false], // 9
    ['CALL', '  no    answer  ', false], // padding does not count: still 9
    ['CALL', '电话沟通了报价细节和交期', true], // 12 characters
    ['CALL', '电话沟通报价', false], // 6
  ])('%s "%s" → %s (minimum 10 characters)', (type, content, valid) => {
    expect(isValidFollowUp({ type, content }, utc)).toBe(valid);
  });

  it('counts whitespace runs once and code points as one character', () => {
    expect(followUpContentLength('  no   answer  ')).toBe(9);
    expect(followUpContentLength('👍👍')).toBe(2);
  });

  it('follows the policy: WECHAT counts once the admin adds it', () => {
    const policy = { ...utc, followUpTypes: [...utc.followUpTypes, 'WECHAT' as const] };
    expect(isValidFollowUp({ type: 'WECHAT', content: 'Sent the quote on WeChat' }, policy)).toBe(true);
  });
});

describe('computeProtectionEnd', () => {
  const ownedSince = at('2026-03-01T09:00:00Z');
  const base = { ownedSince, tier: 'B', followUps: [], hasWonDeal: true, policy: utc };

  it.each([
    ['no follow-up: ownedSince + 30 days', [], '2026-03-31T09:00:00.000Z'],
    ['a valid follow-up moves the end to its time + 30 days', [call('2026-03-20T15:00:00Z')], '2026-04-19T15:00:00.000Z'],
    ['an early follow-up does not shorten the period (max)', [call('2026-03-01T10:00:00Z')], '2026-03-31T10:00:00.000Z'],
    ['a follow-up at ownedSince itself counts', [call('2026-03-01T09:00:00Z')], '2026-03-31T09:00:00.000Z'],
    ['a previous owner’s follow-up is ignored', [call('2026-02-28T09:00:00Z')], '2026-03-31T09:00:00.000Z'],
    ['an invalid follow-up is ignored', [{ type: 'NOTE' as const, content: 'Long internal note here', at: at('2026-03-20T15:00:00Z') }], '2026-03-31T09:00:00.000Z'],
    ['follow-ups chain, in time order whatever the input order', [call('2026-04-15T09:00:00Z'), call('2026-03-25T09:00:00Z')], '2026-05-15T09:00:00.000Z'],
    ['one at the end instant is too late: the end is exclusive', [call('2026-03-31T09:00:00Z')], '2026-03-31T09:00:00.000Z'],
    ['one 1 ms before the end still counts', [call('2026-03-31T08:59:59.999Z')], '2026-04-30T08:59:59.999Z'],
    ['a late follow-up cannot revive an ended period', [call('2026-04-02T09:00:00Z')], '2026-03-31T09:00:00.000Z'],
  ])('%s', (_name, followUps, end) => {
    expect(iso(computeProtectionEnd({ ...base, followUps }))).toBe(end);
  });

  it('uses the tier’s own protection days, and the default for unknown tiers', () => {
    const policy = { ...utc, protectionDays: { default: 30, byTier: { A: 60, C: 14 } } };
    const endOf = (tier: string) => iso(computeProtectionEnd({ ...base, tier, policy }));
    expect([endOf('A'), endOf('B'), endOf('C'), endOf('NEW')]).toEqual([
      '2026-04-30T09:00:00.000Z',
      '2026-03-31T09:00:00.000Z',
      '2026-03-15T09:00:00.000Z',
      '2026-03-31T09:00:00.000Z',
    ]);
  });

  it.each([
    // zone, ownedSince, follow-up, expected end: wall-clock time is kept across the change
    ['America/New_York', '2026-02-20T09:00:00-05:00', '2026-02-25T16:00:00-05:00', '2026-03-27T16:00:00-04:00'],
    ['America/New_York', '2026-10-20T09:00:00-04:00', '2026-10-25T16:00:00-04:00', '2026-11-24T16:00:00-05:00'],
    ['Europe/Berlin', '2026-03-10T09:00:00+01:00', '2026-03-12T08:30:00+01:00', '2026-04-11T08:30:00+02:00'],
    ['Europe/Berlin', '2026-10-10T09:00:00+02:00', '2026-10-12T08:30:00+02:00', '2026-11-11T08:30:00+01:00'],
  ])('extends across daylight saving in %s keeping the team wall-clock time', (zone, owned, followUp, end) => {
    const policy = { ...utc, teamTimeZone: zone };
    const result = computeProtectionEnd({ ...base, ownedSince: at(owned), followUps: [call(followUp)], policy });
    expect(iso(result)).toBe(iso(at(end)));
  });
});

describe('extendProtection = max(current end, follow-up time + extension days)', () => {
  it.each([
    ['moves a nearer end out', '2026-03-05T00:00:00Z', '2026-03-04T12:00:00Z', '2026-04-03T12:00:00.000Z'],
    ['keeps a later end', '2026-05-01T00:00:00Z', '2026-03-04T12:00:00Z', '2026-05-01T00:00:00.000Z'],
  ])('%s', (_name, current, followUp, expected) => {
    expect(iso(extendProtection(at(current), at(followUp), utc))).toBe(expected);
  });

  it('adds calendar days in the team zone: 30 days across spring-forward are 719 hours', () => {
    const policy = { ...utc, teamTimeZone: 'America/New_York' };
    const followUp = at('2026-03-01T10:00:00-05:00');
    const end = extendProtection(followUp, followUp, policy);
    expect(iso(end)).toBe(iso(at('2026-03-31T10:00:00-04:00')));
    expect((end.getTime() - followUp.getTime()) / 3_600_000).toBe(719);
  });
});

describe('protection with the no-deal rule (ANY caps the end, ALL waits for both)', () => {
  const ownedSince = at('2026-01-01T09:00:00Z');
  const everyTwentyDays = ['2026-01-21', '2026-02-10', '2026-03-02', '2026-03-22'].map((d) => call(`${d}T09:00:00Z`));
  const input = { ownedSince, tier: 'B', followUps: everyTwentyDays, hasWonDeal: false, policy: utc };

  it('ANY: follow-ups cannot push protection past the no-deal deadline', () => {
    const clocks = protectionClocks(input);
    expect(iso(clocks.noDealDue as Date)).toBe('2026-04-01T09:00:00.000Z'); // 90 days
    expect(iso(clocks.followUpDue)).toBe('2026-04-21T09:00:00.000Z');
    expect(iso(clocks.end)).toBe('2026-04-01T09:00:00.000Z');
  });

  it('ALL: protection lasts until both deadlines have passed', () => {
    expect(iso(computeProtectionEnd({ ...input, policy: { ...utc, combination: 'ALL' } }))).toBe('2026-04-21T09:00:00.000Z');
  });

  it('ALL: a follow-up after the follow-up deadline but inside protection still counts', () => {
    const late = [call('2026-02-15T09:00:00Z')]; // follow-up clock ran out on Jan 31, protection runs to Apr 1
    const clocks = protectionClocks({ ...input, followUps: late, policy: { ...utc, combination: 'ALL' } });
    expect([iso(clocks.followUpDue), iso(clocks.end)]).toEqual(['2026-03-17T09:00:00.000Z', '2026-04-01T09:00:00.000Z']);
  });

  it('a won deal or a tier with the rule off leaves only the follow-up clock', () => {
    expect(iso(computeProtectionEnd({ ...input, hasWonDeal: true }))).toBe('2026-04-21T09:00:00.000Z');
    expect(iso(computeProtectionEnd({ ...input, tier: 'A' }))).toBe('2026-04-21T09:00:00.000Z');
  });
});

describe('protectionState: the end instant is exclusive', () => {
  const end = at('2026-03-31T09:00:00Z');
  it.each([
    ['well before the end', '2026-03-01T09:00:00Z', 'PROTECTED', 30 * 86_400_000],
    ['1 ms before the reminder window', '2026-03-28T08:59:59.999Z', 'PROTECTED', 3 * 86_400_000 + 1],
    ['at the reminder window start (inclusive)', '2026-03-28T09:00:00Z', 'EXPIRING_SOON', 3 * 86_400_000],
    ['1 ms before the end', '2026-03-31T08:59:59.999Z', 'EXPIRING_SOON', 1],
    ['at the end', '2026-03-31T09:00:00Z', 'EXPIRED', 0],
    ['after the end', '2026-04-02T00:00:00Z', 'EXPIRED', 0],
  ])('%s → %s', (_name, now, state, remainingMs) => {
    expect(protectionState(end, at(now), utc)).toEqual({ state, remainingMs });
  });

  it('isProtected agrees: protected at T - 1 ms, not at T', () => {
    expect(isProtected(end, new Date(end.getTime() - 1))).toBe(true);
    expect(isProtected(end, end)).toBe(false);
  });

  it('counts the reminder window in team days: 3 days before a post-DST end are 71 hours', () => {
    const policy = { ...utc, teamTimeZone: 'Europe/Berlin' };
    const berlinEnd = at('2026-03-30T10:00:00+02:00');
    expect(iso(reminderStartsAt(berlinEnd, policy))).toBe(iso(at('2026-03-27T10:00:00+01:00')));
    expect(protectionState(berlinEnd, at('2026-03-27T08:59:59.999Z'), policy).state).toBe('PROTECTED');
    expect(protectionState(berlinEnd, at('2026-03-27T09:00:00Z'), policy).state).toBe('EXPIRING_SOON');
  });
});
