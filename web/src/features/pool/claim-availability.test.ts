import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { claimBlock, claimRoom, refusalMessage } from './claim-availability';

const en = createI18n('en', 'UTC');
const zh = createI18n('zh-CN', 'Asia/Shanghai');
const now = new Date('2026-11-20T08:00:00.000Z');
const quota = (claimedToday: number, holdings: number) => ({ claimedToday, dailyLimit: 10, day: '2026-11-20', holdings, holdingCap: 200 });

describe('claim availability, known before trying', () => {
  it('room: the smaller of the daily limit and the cap; the cap reported first when both are used up', () => {
    expect(claimRoom(quota(3, 45), en.t)).toEqual({ left: 7, reason: null });
    expect(claimRoom(quota(3, 198), en.t).left).toBe(2);
    expect(claimRoom(quota(10, 45), en.t)).toEqual({ left: 0, reason: 'You have made all 10 claims for today.' });
    expect(claimRoom(quota(10, 200), en.t).reason).toContain('return one');
    expect(claimRoom(undefined, en.t).left).toBe(Number.POSITIVE_INFINITY);
    expect(claimRoom(quota(10, 45), zh.t).reason).toBe('今日 10 次领取已全部用完。');
  });

  it('a card: a cooldown blocks both; no room blocks both; enough ticked blocks only more ticking', () => {
    const hold = { code: 'NEW_ENTRY_COOLDOWN', until: '2026-11-20T10:00:00.000Z' };
    expect(claimBlock(hold, { left: 5, reason: null }, 0, false, en, now)).toEqual({
      claim: 'Just entered the pool: it can be claimed from Nov 20, 2026, 10:00 AM.',
      select: expect.any(String),
    });
    expect(claimBlock(null, { left: 0, reason: 'none' }, 0, false, en)).toEqual({ claim: 'none', select: 'none' });
    expect(claimBlock(null, { left: 0, reason: 'none' }, 1, true, en)).toEqual({ claim: 'none', select: null }); // it can still be unticked
    expect(claimBlock(null, { left: 2, reason: null }, 2, false, en)).toEqual({ claim: null, select: 'You can claim 2 more customers now, and 2 are ticked.' });
    expect(claimBlock(null, { left: 1, reason: null }, 1, false, en).select).toBe('You can claim 1 more customer now, and 1 is ticked.');
    expect(claimBlock(null, { left: 2, reason: null }, 1, false, en)).toEqual({ claim: null, select: null });
  });

  it('a refusal reads its date in the team zone, the day and month when near, never as the server wrote it', () => {
    const cooldown = { code: 'PREVIOUS_OWNER_COOLDOWN', message: 'x 2027-01-05 07:25 (UTC)', retryAt: '2027-01-05T07:25:00.000Z' };
    expect(refusalMessage(cooldown, en, now)).toBe('You held this customer until recently: you can claim it again on Jan 5.');
    expect(refusalMessage(cooldown, zh, now)).toBe('你最近负责过该客户，1月5日起可再次领取。');
    expect(refusalMessage({ ...cooldown, retryAt: '2027-09-05T07:25:00.000Z' }, en, now)).toBe(
      'You held this customer until recently: you can claim it again on Sep 5, 2027.',
    );
    // Midnight in Shanghai is still the day before in UTC: the team's zone decides the day.
    const reopens = { code: 'DAILY_LIMIT_REACHED', message: 'x', retryAt: '2026-11-20T16:00:00.000Z' };
    expect(refusalMessage(reopens, en, now)).toBe('No claims left today: they reopen on Nov 20.');
    expect(refusalMessage(reopens, zh, now)).toBe('今日领取次数已用完，11月21日起恢复。');
  });

  it('a known code is worded by the dashboard, not by the server', () => {
    expect(refusalMessage({ code: 'HOLDING_CAP_REACHED', message: 'You hold 200 of at most 200 customers; return one to claim another.' }, en)).toBe(
      'You hold as many customers as you may: return one to claim again.',
    );
    expect(refusalMessage({ code: 'ALREADY_OWNED', message: 'Someone else took the customer first.' }, en)).toBe('Someone already owns this customer.');
    expect(refusalMessage({ code: 'NOT_VISIBLE', message: 'Customer not found.' }, zh)).toBe('该客户已不在公海中。');
    expect(refusalMessage({ code: 'DAILY_LIMIT_REACHED', message: 'x' }, en)).toBe('You have reached your claims for today.');
    expect(refusalMessage({ code: null, message: null }, en)).toBe('This customer could not be claimed.');
    expect(refusalMessage({ code: 'SOMETHING_NEW', message: 'Server words' }, en)).toBe('This customer could not be claimed.');
  });
});
