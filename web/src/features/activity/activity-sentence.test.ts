import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { activitySentence } from './activity-sentence';
import type { ActivityItem } from './components/ActivityLog.fragment';
import { activityItem, NICK, NORA, OLGA, RITA } from './activity-test-mocks';

const line = activityItem;

const json = (value: unknown) => JSON.stringify(value);

const CASES: [string, ActivityItem, string, string][] = [
  [
    'a field edit',
    line({ field: 'companyName', before: json('Beacon Ropes'), after: json('Beacon Ropes and Sails') }),
    'Olga Owner changed the company name from Beacon Ropes to Beacon Ropes and Sails',
    'Olga Owner 将公司名称从“Beacon Ropes”改为“Beacon Ropes and Sails”',
  ],
  [
    'a list, joined',
    line({ field: 'tags', before: json(['a']), after: json(['a', 'b']) }),
    'Olga Owner changed the tags from a to a, b',
    'Olga Owner 将标签从“a”改为“a、b”',
  ],
  [
    'a status, by its label',
    line({ field: 'status', before: json('NEW'), after: json('WON') }),
    'Olga Owner changed the status from New to Won',
    'Olga Owner 将状态从“新客户”改为“赢单”',
  ],
  ['a value set', line({ field: 'website', after: json('acme.com') }), 'Olga Owner set the website to acme.com', 'Olga Owner 将网站设为“acme.com”'],
  ['a value cleared', line({ field: 'phone', before: json('+49 30 1234') }), 'Olga Owner cleared the phone (was +49 30 1234)', 'Olga Owner 清空了电话（原为“+49 30 1234”）'],
  ['a region, without ids', line({ field: 'regionId', before: json(3), after: json(4) }), 'Olga Owner changed the region', 'Olga Owner 修改了地区'],
  ['the record created', line({ action: 'CREATE', after: json('Acme') }), 'Olga Owner created the customer Acme', 'Olga Owner 创建了客户 Acme'],
  [
    'a transfer',
    line({ subject: 'OWNER', action: 'TRANSFER', field: 'owner', actor: NORA, fromUser: OLGA, toUser: NICK }),
    'Nora Manager transferred it from Olga Owner to Nick Next',
    'Nora Manager 将该客户从 Olga Owner 转移给 Nick Next',
  ],
  ['a recycle', line({ subject: 'OWNER', action: 'RULE', field: 'owner', actor: null, fromUser: OLGA }), 'The recycle rule moved it to the pool', '回收规则将该客户移入公海'],
  ['a claim', line({ subject: 'OWNER', action: 'CLAIM', field: 'owner', toUser: OLGA }), 'Olga Owner claimed it from the pool', 'Olga Owner 从公海领取了该客户'],
  ['a return', line({ subject: 'OWNER', action: 'RETURN', field: 'owner', fromUser: OLGA }), 'Olga Owner returned it to the pool', 'Olga Owner 将该客户退回公海'],
  [
    'a release',
    line({ subject: 'OWNER', action: 'RELEASE', field: 'owner', actor: NORA, fromUser: OLGA }),
    'Nora Manager released it from Olga Owner to the pool',
    'Nora Manager 将该客户从 Olga Owner 释放到公海',
  ],
  [
    'a reassignment',
    line({ subject: 'OWNER', action: 'ASSIGN', field: 'owner', actor: NORA, fromUser: OLGA, toUser: NICK }),
    'Nora Manager reassigned it from Olga Owner to Nick Next',
    'Nora Manager 将该客户从 Olga Owner 转给 Nick Next',
  ],
  ['the first owner', line({ subject: 'OWNER', action: 'CREATE', field: 'owner', toUser: OLGA }), 'Olga Owner became its first owner', 'Olga Owner 成为首位负责人'],
  ['a contact added', line({ subject: 'CONTACT', action: 'ADD', subjectId: 'c1', after: json('Ida Imsen') }), 'Olga Owner added contact Ida Imsen', 'Olga Owner 添加了联系人 Ida Imsen'],
  ['a contact removed', line({ subject: 'CONTACT', action: 'REMOVE', subjectId: 'c1', before: json('Ida Imsen') }), 'Olga Owner removed contact Ida Imsen', 'Olga Owner 删除了联系人 Ida Imsen'],
  [
    'a contact renamed',
    line({ subject: 'CONTACT', subjectId: 'c1', field: 'name', before: json('Ida'), after: json('Ida Imsen') }),
    'Olga Owner renamed contact Ida to Ida Imsen',
    'Olga Owner 将联系人“Ida”改名为“Ida Imsen”',
  ],
  [
    'a contact’s phones',
    line({ subject: 'CONTACT', subjectId: 'c1', field: 'phones', before: json(['1']), after: json(['1', '2']) }),
    "Olga Owner changed a contact's phone numbers from 1 to 1, 2",
    'Olga Owner 将一位联系人的电话从“1”改为“1、2”',
  ],
  [
    'a follow-up',
    line({ subject: 'FOLLOW_UP', action: 'ADD', subjectId: 'f1', after: json({ type: 'CALL', content: 'Asked for a quote' }) }),
    'Olga Owner logged a follow-up (Call): Asked for a quote',
    'Olga Owner 记录了一次跟进（电话）：Asked for a quote',
  ],
  [
    'a collaborator added',
    line({ subject: 'COLLABORATOR', action: 'ADD', subjectId: 'u5', subjectUser: RITA, field: 'access', after: json('READ') }),
    'Olga Owner shared it with Rita Reader, read-only',
    'Olga Owner 将该客户共享给 Rita Reader，只读',
  ],
  [
    'a collaborator’s end date',
    line({ subject: 'COLLABORATOR', action: 'ADD', subjectId: 'u5', subjectUser: RITA, field: 'expiresAt', after: json('2026-12-09T22:59:59.000Z') }),
    'Olga Owner gave Rita Reader access until Dec 9, 2026',
    'Olga Owner 给 Rita Reader 的权限截至 2026年12月9日',
  ],
  [
    'a collaborator’s access changed',
    line({ subject: 'COLLABORATOR', subjectId: 'u5', subjectUser: RITA, field: 'access', before: json('READ'), after: json('WRITE') }),
    "Olga Owner changed Rita Reader's access from read-only to read and write",
    'Olga Owner 将 Rita Reader 的权限从只读改为可编辑',
  ],
  [
    'a collaborator whose account is gone',
    line({ subject: 'COLLABORATOR', action: 'REMOVE', subjectId: 'u7', subjectUser: null, before: json('READ') }),
    'Olga Owner stopped sharing it with a colleague',
    'Olga Owner 停止与 一位同事 共享该客户',
  ],
  [
    'a collaborator leaving',
    line({ subject: 'COLLABORATOR', action: 'REMOVE', actor: RITA, subjectId: 'u5', subjectUser: RITA, before: json('READ') }),
    'Rita Reader stopped collaborating on it',
    'Rita Reader 不再协作该客户',
  ],
  ['an unknown line', line({ subject: 'FOLLOW_UP', action: 'REMOVE', subjectId: 'f1' }), 'Olga Owner changed a follow-up', 'Olga Owner 修改了一条跟进'],
];

describe('activitySentence', () => {
  const en = createI18n('en', 'Europe/Berlin');
  const zh = createI18n('zh-CN', 'Europe/Berlin');

  it.each(CASES)('words %s in English', (_, item, english) => {
    expect(activitySentence(item, { t: en.t, fmt: en.fmt })).toBe(english);
  });

  it.each(CASES)('words %s in Chinese', (_, item, _english, chinese) => {
    expect(activitySentence(item, { t: zh.t, fmt: zh.fmt })).toBe(chinese);
  });
});
