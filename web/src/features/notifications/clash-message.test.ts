import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { REP } from '../../test/render';
import { clashAlert } from '../../test/notification-fixtures';
import { clashDetail, clashHeadline, clashMessage } from './clash-message';

const en = createI18n('en', 'UTC');
const zh = createI18n('zh-CN', 'Asia/Shanghai');

describe('clash messages', () => {
  it("tells the owner that someone tried to add their customer, and on what", () => {
    expect(clashMessage(clashAlert(), REP, en)).toBe(
      'Emma Novak tried to add Acme Trading — matches your customer Acme Trading Co., Ltd. on name, phone',
    );
  });

  it('says how many attempts a grouped alert stands for, and nothing extra for one', () => {
    expect(clashMessage(clashAlert({ attemptCount: 3 }), REP, en)).toBe(
      'Emma Novak tried to add Acme Trading (3 attempts) — matches your customer Acme Trading Co., Ltd. on name, phone',
    );
    expect(clashHeadline(clashAlert({ attemptCount: 1 }), en.t)).toBe('Emma Novak tried to add Acme Trading');
  });

  it("names the owner for a manager watching the team's customers", () => {
    expect(clashDetail(clashAlert(), { name: 'Mia Manager', department: null }, en)).toBe(
      "matches Rita Rep's customer Acme Trading Co., Ltd. on name, phone",
    );
  });

  it('speaks Chinese in its own word order, with its own list commas', () => {
    expect(clashMessage(clashAlert({ attemptCount: 3 }), REP, zh)).toBe(
      'Emma Novak 试图录入 Acme Trading（3 次），与你的客户 Acme Trading Co., Ltd. 在名称、电话上匹配',
    );
    expect(clashDetail(clashAlert({ dimensions: [] }), { name: 'Mia Manager', department: null }, zh)).toBe(
      '与 Rita Rep 的客户 Acme Trading Co., Ltd. 匹配',
    );
  });
});
