import type { auth as english } from '../en/auth';
import type { Translation } from '../translation';

export const auth: Translation<typeof english> = {
  'auth.role.REP': '销售',
  'auth.role.MANAGER': '经理',
  'auth.role.ADMIN': '管理员',

  'auth.login.title': '登录 Berth',
  'auth.login.tagline': '让销售团队的客户归属清清楚楚。',
  'auth.login.email': '邮箱',
  'auth.login.password': '密码',
  'auth.login.submit': '登录',
  'auth.login.submitting': '正在登录…',
  'auth.login.throttledUntil': '{message}可在 {time}（{relative}）重试。',

  'auth.demo.intro': '想试用 Berth？用演示团队的成员账号登录（密码 <b>{password}</b>）：',
  'auth.demo.more': '其他账号：{logins}',

  'auth.session.checking': '正在验证登录状态…',
  'auth.session.connecting': '正在连接…',
  'auth.session.unreachable': '无法连接 Berth',
  'auth.session.tryAgain': '重试',
};
