import type { followUps as english } from '../en/followUps';
import type { Translation } from '../translation';

export const followUps: Translation<typeof english> = {
  'followUps.type.CALL': '电话',
  'followUps.type.VISIT': '拜访',
  'followUps.type.MEETING': '会议',
  'followUps.type.EMAIL': '邮件',
  'followUps.type.WECHAT': '微信',
  'followUps.type.NOTE': '备注',
  'followUps.type.OTHER': '其他',

  'followUps.typePlural.CALL': '电话',
  'followUps.typePlural.VISIT': '拜访',
  'followUps.typePlural.MEETING': '会议',
  'followUps.typePlural.EMAIL': '邮件',
  'followUps.typePlural.WECHAT': '微信',
  'followUps.typePlural.NOTE': '备注',
  'followUps.typePlural.OTHER': '其他方式',
  'followUps.kinds.separator': '、',
  'followUps.kinds.last': '{rest}和{last}',

  'followUps.field.type': '类型',
  'followUps.field.content': '跟进内容',
  'followUps.field.occurredAt': '跟进时间',
  'followUps.field.nextStep': '下一步',
  'followUps.field.remindAt': '提醒',

  'followUps.form.title': '记录跟进',
  'followUps.form.contentPlaceholder': '沟通了什么、达成了什么、了解到什么',
  'followUps.form.nextStepPlaceholder': '例如：发送修改后的报价',
  'followUps.form.saving': '保存中…',
  'followUps.form.submit': '记录跟进',
  'followUps.form.invalidDateTime': '{label}不是有效的日期和时间',

  'followUps.hint.counts': '计为有效跟进，将延长保护期',
  'followUps.hint.doesNotCount': '不会延长保护期：{why}',
  'followUps.hint.onlyKinds': '只有{kinds}计为有效跟进',
  'followUps.hint.tooShort': '内容至少 {min} 个字（已写 {length} 个）',

  'followUps.item.counted': '延长保护期',
  'followUps.item.by': '{name} 记录',
  'followUps.item.next': '下一步：{step}',
  'followUps.item.reminder': '提醒：{dateTime}',

  'followUps.timeline.title': '{count, plural, =0 {跟进记录} other {跟进记录（#）}}',
  'followUps.timeline.log': '记录跟进',
  'followUps.timeline.empty': '暂无跟进记录。记录第一条吧：内容不少于 {min} 个字的{kinds}可让该客户保持在保护期内。',
  'followUps.timeline.listLabel': '跟进记录，最新在前',
  'followUps.timeline.loggedExtended': '跟进已记录，保护期已延长。',
  'followUps.timeline.logged': '跟进已记录。',
};
