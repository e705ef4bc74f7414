import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import type { OwnershipNotice } from './notification-types';
import { ownershipMessage } from './ownership-message';

const en = createI18n('en', 'UTC').t;
const zh = createI18n('zh-CN', 'Asia/Shanghai').t;

const notice = (over: Partial<OwnershipNotice> = {}): OwnershipNotice => ({
  by: { name: 'Mia Manager', departmentName: 'East sales' },
  customerCount: 3,
  customer: null,
  receiver: null,
  ...over,
});
const acme = { id: 'c1', companyName: 'Acme Ltd' };
const carl = { name: 'Carl' };

describe('ownershipMessage: what a manager’s assignment did to the viewer’s customers', () => {
  it('counts the customers given, or names the one', () => {
    expect(ownershipMessage('ASSIGNED', notice(), en)).toBe('Mia Manager assigned you 3 customers');
    expect(ownershipMessage('ASSIGNED', notice({ customerCount: 1, customer: acme }), en)).toBe('Mia Manager assigned you Acme Ltd');
    // One the viewer may no longer open still has its name.
    expect(ownershipMessage('ASSIGNED', notice({ customerCount: 1, customer: { id: null, companyName: 'Acme Ltd' } }), en)).toBe('Mia Manager assigned you Acme Ltd');
    expect(ownershipMessage('ASSIGNED', notice({ customerCount: 1 }), en)).toBe('Mia Manager assigned you 1 customer');
  });

  it('says where the customers moved away went: one receiver by name, several as other reps', () => {
    expect(ownershipMessage('REASSIGNED', notice({ customerCount: 2, receiver: carl }), en)).toBe('Mia Manager moved 2 of your customers to Carl');
    expect(ownershipMessage('REASSIGNED', notice({ customerCount: 1, customer: acme, receiver: carl }), en)).toBe('Mia Manager moved Acme Ltd to Carl');
    expect(ownershipMessage('REASSIGNED', notice({ customerCount: 4 }), en)).toBe('Mia Manager moved 4 of your customers to other reps');
    expect(ownershipMessage('REASSIGNED', notice({ customerCount: 1, customer: acme }), en)).toBe('Mia Manager moved Acme Ltd to another rep');
  });

  it('says customers went to the pool when a manager released them', () => {
    expect(ownershipMessage('RELEASED', notice(), en)).toBe('Mia Manager released 3 of your customers to the pool');
    expect(ownershipMessage('RELEASED', notice({ customerCount: 1, customer: acme }), en)).toBe('Mia Manager released Acme Ltd to the pool');
    expect(ownershipMessage('RELEASED', notice(), zh)).toBe('Mia Manager 将你的 3 个客户释放到了公海');
    expect(ownershipMessage('RELEASED', notice({ customerCount: 1, customer: acme }), zh)).toBe('Mia Manager 将你的客户 Acme Ltd 释放到了公海');
  });

  it('speaks Chinese', () => {
    expect(ownershipMessage('ASSIGNED', notice(), zh)).toBe('Mia Manager 给你分配了 3 个客户');
    expect(ownershipMessage('ASSIGNED', notice({ customerCount: 1, customer: acme }), zh)).toBe('Mia Manager 给你分配了 Acme Ltd');
    expect(ownershipMessage('REASSIGNED', notice({ customerCount: 2, receiver: carl }), zh)).toBe('Mia Manager 将你的 2 个客户转移给了 Carl');
    expect(ownershipMessage('REASSIGNED', notice({ customerCount: 1, customer: acme, receiver: carl }), zh)).toBe('Mia Manager 将你的客户 Acme Ltd 转移给了 Carl');
    expect(ownershipMessage('REASSIGNED', notice({ customerCount: 4 }), zh)).toBe('Mia Manager 将你的 4 个客户转移给了其他销售');
  });
});
