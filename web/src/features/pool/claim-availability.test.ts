import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../shared/format/dates';
import { claimBlock, claimRoom, refusalMessage } from './claim-availability';

const quota = (claimedToday: number, holdings: number) => ({ claimedToday, dailyLimit: 10, day: '2026-11-20', holdings, holdingCap: 200 });

describe('claim availability, known before trying', () => {
  it('room: the smaller of the daily limit and the cap; the cap reported first when both are used up', () => {
    expect(claimRoom(quota(3, 45))).toEqual({ left: 7, reason: null });
    expect(claimRoom(quota(3, 198)).left).toBe(2);
    expect(claimRoom(quota(10, 45))).toEqual({ left: 0, reason: 'You have made all 10 claims for today.' });
    expect(claimRoom(quota(10, 200)).reason).toContain('return one');
    expect(claimRoom(undefined).left).toBe(Number.POSITIVE_INFINITY);
  });

  it('a card: a cooldown blocks both; no room blocks both; enough ticked blocks only more ticking', () => {
    const hold = { code: 'NEW_ENTRY_COOLDOWN', until: '2026-11-20T10:00:00.000Z' };
    expect(claimBlock(hold, { left: 5, reason: null }, 0, false)).toEqual({ claim: `Just entered the pool: it can be claimed from ${formatDateTime(hold.until)}.`, select: expect.any(String) });
    expect(claimBlock(null, { left: 0, reason: 'none' }, 0, false)).toEqual({ claim: 'none', select: 'none' });
    expect(claimBlock(null, { left: 0, reason: 'none' }, 1, true)).toEqual({ claim: 'none', select: null }); // it can still be unticked
    expect(claimBlock(null, { left: 2, reason: null }, 2, false)).toEqual({ claim: null, select: 'You can claim 2 more customers now, and 2 are ticked.' });
    expect(claimBlock(null, { left: 2, reason: null }, 1, false)).toEqual({ claim: null, select: null });
  });

  it('a refusal reads its date in the one format, never as the server wrote it', () => {
    expect(refusalMessage({ code: 'PREVIOUS_OWNER_COOLDOWN', message: 'x 2027-01-05 07:25 (UTC)', retryAt: '2027-01-05T07:25:00.000Z' })).toBe(
      `You held this customer until recently: you can claim it again on ${formatDate('2027-01-05T07:25:00.000Z')}.`,
    );
    expect(refusalMessage({ code: 'DAILY_LIMIT_REACHED', message: 'x', retryAt: '2026-11-21T00:00:00.000Z' })).toBe(`No claims left today: they reopen ${formatDateTime('2026-11-21T00:00:00.000Z')}.`);
    expect(refusalMessage({ code: 'HOLDING_CAP_REACHED', message: 'You hold 200 of at most 200 customers; return one to claim another.' })).toContain('return one');
    expect(refusalMessage({ code: null, message: null })).toBe('This customer could not be claimed.');
  });
});
