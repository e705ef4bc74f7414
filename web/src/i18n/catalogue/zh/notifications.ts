import type { notifications as english } from '../en/notifications';
import type { Translation } from '../translation';

export const notifications: Translation<typeof english> = {
  'notifications.title': '通知',
  'notifications.buttonUnread': '通知，{count} 条未读',
  'notifications.loading': '正在加载通知…',
  'notifications.empty': '暂无通知。有人试图录入你的客户（撞单）、客户的保护期即将结束，或经理给你分配客户、转移你的客户时，会在这里提醒你。',
  'notifications.markAllRead': '全部标为已读',
  'notifications.unread': '未读',
  'notifications.other': '通知',

  'notifications.clash.headline': '{count, plural, =1 {{name} 试图录入 {attempted}} other {{name} 试图录入 {attempted}（# 次）}}',
  'notifications.clash.detail':
    '{whose, select, pool {与公海客户 {company}} you {与你的客户 {company}} other {与 {owner} 的客户 {company}}}{dimensionCount, plural, =0 { 匹配} other { 在{dimensions}上匹配}}',
  'notifications.clash.toast': '{headline}，{detail}',
  'notifications.reminder': '<b>{company}</b> 的保护期将于 <when>{date}</when> 结束，请及时跟进以保留该客户',

  'notifications.ownership.assignedOne': '{name} 给你分配了 {company}',
  'notifications.ownership.assignedMany': '{name} 给你分配了 {count} 个客户',
  'notifications.ownership.movedOneTo': '{name} 将你的客户 {company} 转移给了 {receiver}',
  'notifications.ownership.movedOne': '{name} 将你的客户 {company} 转移给了其他销售',
  'notifications.ownership.movedManyTo': '{name} 将你的 {count} 个客户转移给了 {receiver}',
  'notifications.ownership.releasedOne': '{name} 将你的客户 {company} 释放到了公海',
  'notifications.ownership.releasedMany': '{name} 将你的 {count} 个客户释放到了公海',
  'notifications.ownership.movedMany': '{name} 将你的 {count} 个客户转移给了其他销售',

  'notifications.import.importing': '正在导入 {file}：已处理 {done} / {total} 行',
  'notifications.import.done': '{file} 导入完成：新建 {created, number} 个客户{skipped, plural, =0 {} other {，跳过 # 行}}{failed, plural, =0 {} other {，失败 # 行}}',
  'notifications.import.cancelled': '{file} 的导入已取消：取消前新建了 {created, number} 个客户',
  'notifications.import.undoing': '正在撤销 {file} 的导入…',
  'notifications.import.undone': '{file} 的导入已撤销：删除了 {removed, number} 个客户{kept, plural, =0 {} other {，保留 # 个}}',

  'notifications.allClashAlerts': '接收所有团队的撞单提醒',
  'notifications.allClashAlertsHelp': '负责人及其经理总会收到其客户的撞单提醒。开启后，你也会收到所有团队客户的撞单提醒。',
  'notifications.allClashAlertsHelpLabel': '关于接收所有团队的撞单提醒',
};
