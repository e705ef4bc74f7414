import type { notifications as english } from '../en/notifications';
import type { Translation } from '../translation';

export const notifications: Translation<typeof english> = {
  'notifications.title': '通知',
  'notifications.buttonUnread': '通知，{count} 条未读',
  'notifications.loading': '正在加载通知…',
  'notifications.empty': '暂无通知。有人试图录入你的客户（撞单），或客户的保护期即将结束时，会在这里提醒你。',
  'notifications.markAllRead': '全部标为已读',
  'notifications.unread': '未读',
  'notifications.other': '通知',

  'notifications.clash.headline': '{count, plural, =1 {{name} 试图录入 {attempted}} other {{name} 试图录入 {attempted}（# 次）}}',
  'notifications.clash.detail':
    '{whose, select, pool {与公海客户 {company}} you {与你的客户 {company}} other {与 {owner} 的客户 {company}}}{dimensionCount, plural, =0 { 匹配} other { 在{dimensions}上匹配}}',
  'notifications.clash.toast': '{headline}，{detail}',
  'notifications.reminder': '<b>{company}</b> 的保护期将于 <when>{date}</when> 结束，请及时跟进以保留该客户',
};
