import type { app as english } from '../en/app';
import type { Translation } from '../translation';

export const app: Translation<typeof english> = {
  'app.nav.open': '打开导航',
  'app.nav.main': '主导航',
  'app.nav.customers.REP': '我的客户',
  'app.nav.customers.MANAGER': '团队客户',
  'app.nav.customers.ADMIN': '全部客户',
  'app.nav.pool': '公海',
  'app.nav.team': '团队',
  'app.nav.analytics': '公海分析',
  'app.nav.transfers': '转移',
  'app.nav.settings': '设置',

  'app.user.signOut': '退出登录',
  'app.language.en': 'English',
  'app.language.zh-CN': '中文',

  'app.notFound.title': '页面不存在',
  'app.notFound.description': '地址可能输错了，或者页面已经移走。',
  'app.notFound.goToCustomers': '前往客户列表',

  'app.connection.ariaLabel': '连接状态：{label}',
  'app.connection.live.label': '实时',
  'app.connection.live.hint': '团队的改动会实时显示。',
  'app.connection.connecting.label': '连接中',
  'app.connection.connecting.hint': '正在建立实时连接…',
  'app.connection.reconnecting.label': '重新连接中…',
  'app.connection.reconnecting.short': '重连中…',
  'app.connection.reconnecting.hint': '实时连接已断开，正在重新连接。恢复后，页面内容会自动更新。',
  'app.connection.offline.label': '离线',
  'app.connection.offline.short': '离线',
  'app.connection.offline.hint': '没有实时连接。Berth 会持续重试；恢复前列表可能不是最新的。',
  'app.connection.catchingUp.label': '已重新连接 · 更新中…',
  'app.connection.catchingUp.short': '更新中…',
  'app.connection.catchingUp.hint': '已恢复连接：正在重新读取断线期间有变化的列表和计数。',
  'app.connection.caughtUp.label': '已重新连接 · 已是最新',
  'app.connection.caughtUp.short': '已是最新',
  'app.connection.caughtUp.hint': '连接曾断开又已恢复，页面上的内容都已更新到最新。',
  'app.connection.catchUpFailed.label': '已重新连接 · 部分未更新',
  'app.connection.catchUpFailed.short': '未更新',
  'app.connection.catchUpFailed.hint': '已恢复连接，但部分视图未能重新读取：它们会提示并提供重试。',
};
