import type { team as english } from '../en/team';
import type { Translation } from '../translation';

export const team: Translation<typeof english> = {
  'team.title': '团队',
  'team.subtitle.team': '每个销售当前的负荷：持有客户与上限、今日领取、即将结束的保护期和跟进情况。',
  'team.subtitle.rep': '你当前的负荷：持有客户与上限、今日领取、即将结束的保护期和跟进情况。',
  'team.department': '部门',
  'team.everyone': '你可查看的所有人',
  'team.totals': '团队合计',
  'team.rep': '销售',
  'team.lastActivity': '最近活动',
  'team.lastActivityWhen': '最近活动：{when}',
  'team.lastActivityDefinition': '该销售最近一次跟进（无论是否为有效跟进）或最近一次参与的归属变动，取较晚者。',
  'team.nearCap': '接近持有上限',
  'team.noReps': '该部门没有销售。',
  'team.asOf': '数据时间：{when}',
  'team.caps': '持有上限 {cap} · 每日领取上限 {limit}',
  'team.capsWonNotCounted': '持有上限 {cap}（赢单客户不计入）· 每日领取上限 {limit}',
  'team.holdingBar': '{name}：{holdings} / {cap}',
  'team.claims.stillHeld': '（仍持有 {held} 个）',
  'team.openCustomers': '查看{who}的“{figure}”客户',
  'team.everyoneShown': '当前显示的所有人',
  'team.howCounted': '“{label}”如何统计',
  'team.chip': '{figure} · {who}',

  'team.figure.HOLDINGS': '持有客户',
  'team.figure.CLAIMED_TODAY': '今日领取',
  'team.figure.PROTECTION_ENDS_IN_3_DAYS': '保护期 3 天内结束',
  'team.figure.PROTECTION_ENDS_IN_7_DAYS': '保护期 7 天内结束',
  'team.figure.RECYCLES_IN_7_DAYS': '7 天内回收',
  'team.figure.FOLLOWED_UP_IN_7_DAYS': '近 7 天已跟进',

  'team.figureDefinition.HOLDINGS': '该销售名下的客户数，按持有上限的口径统计（规则设定时不含赢单客户）。达到上限的 90% 时标记提醒。',
  'team.figureDefinition.CLAIMED_TODAY':
    '该销售今天（按团队时区，零点至零点）的领取次数，按每日领取上限的口径统计。若其中有客户之后被退回或失去，旁边会单独链接仍持有的客户。',
  'team.figureDefinition.PROTECTION_ENDS_IN_3_DAYS': '保护期在 3 个团队自然日内结束的名下客户，包括已到期但尚未被回收的；含赢单和锁定的客户。',
  'team.figureDefinition.PROTECTION_ENDS_IN_7_DAYS': '保护期在 7 个团队自然日内结束的名下客户，包括已到期但尚未被回收的；含赢单和锁定的客户。',
  'team.figureDefinition.RECYCLES_IN_7_DAYS': '若无人跟进，7 个团队自然日内将按规则回收的名下客户：保护期结束且不属于不回收的情况（赢单、锁定）。',
  'team.figureDefinition.FOLLOWED_UP_IN_7_DAYS': '该销售在最近 7 个团队自然日内有过有效跟进的名下客户。',
};
