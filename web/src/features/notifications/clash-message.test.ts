import { describe, expect, it } from 'vitest';
import { REP } from '../../test/render';
import { clashAlert } from '../../test/notification-fixtures';
import { clashDetail, clashHeadline, clashMessage } from './clash-message';

describe('clash messages', () => {
  it("tells the owner that someone tried to add their customer, and on what", () => {
    expect(clashMessage(clashAlert(), REP)).toBe(
      'Emma Novak tried to add Acme Trading — matches your customer Acme Trading Co., Ltd. on name, phone',
    );
  });

  it('says how many attempts a grouped alert stands for, and nothing extra for one', () => {
    expect(clashMessage(clashAlert({ attemptCount: 3 }), REP)).toBe(
      'Emma Novak tried to add Acme Trading (3 attempts) — matches your customer Acme Trading Co., Ltd. on name, phone',
    );
    expect(clashHeadline(clashAlert({ attemptCount: 1 }))).toBe('Emma Novak tried to add Acme Trading');
  });

  it("names the owner for a manager watching the team's customers", () => {
    expect(clashDetail(clashAlert(), { name: 'Mia Manager', department: null })).toBe(
      "matches Rita Rep's customer Acme Trading Co., Ltd. on name, phone",
    );
  });
});
