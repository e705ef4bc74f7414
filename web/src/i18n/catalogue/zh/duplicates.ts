import type { duplicates as english } from '../en/duplicates';
import type { Translation } from '../translation';

export const duplicates: Translation<typeof english> = {
  'duplicates.dimension.NAME': '公司名称',
  'duplicates.dimension.EMAIL': '邮箱',
  'duplicates.dimension.PHONE': '电话',
  'duplicates.dimension.DOMAIN': '域名',
  'duplicates.dimensionWord.NAME': '名称',
  'duplicates.dimensionWord.EMAIL': '邮箱',
  'duplicates.dimensionWord.PHONE': '电话',
  'duplicates.dimensionWord.DOMAIN': '域名',
  'duplicates.method.EXACT': '精确',
  'duplicates.method.SIMILAR': '相似',
  'duplicates.action.WARN': '提醒',
  'duplicates.action.BLOCK': '拦截',

  'duplicates.ownerWithDepartment': '{name}（{department}）',
  'duplicates.holder': '{holder, select, pool {在公海中} you {负责人是你} other {负责人为 {owner}}}',
  'duplicates.block.create':
    'Berth 中已有该公司{holder, select, pool {，目前在公海中} you {，负责人是你} owner {，负责人为 {owner}} other {}}{more, plural, =0 {} other {（另有 # 个匹配）}}，不能重复录入。',
  'duplicates.block.edit':
    'Berth 中已有该公司{holder, select, pool {，目前在公海中} you {，负责人是你} owner {，负责人为 {owner}} other {}}{more, plural, =0 {} other {（另有 # 个匹配）}}，其他客户不能使用相同的信息。',
  'duplicates.warn': '{count, plural, =1 {该公司可能已在 Berth 中，保存前请核对匹配项。} other {该公司可能已在 Berth 中，保存前请核对这 # 个匹配项。}}',
  'duplicates.clear': 'Berth 中没有匹配的客户。',
  'duplicates.notEnforced': '这些信息与 Berth 中的另一个客户匹配。其他修改仍可保存。',
  'duplicates.acknowledge': '我已核对：这是另一家公司',
  'duplicates.acknowledgeRequired': '请勾选此项，以作为新公司保存。',
  'duplicates.checking': '正在 Berth 中查重…',
  'duplicates.checkFailed': '暂时无法查重；保存时 Berth 会再次检查。',

  'duplicates.panel.label': '查重',
  'duplicates.panel.checking': '正在查重',
  'duplicates.panel.foundOnSave': '保存时，Berth 发现了匹配的客户。',
  'duplicates.match.inPool': '在公海中',
  'duplicates.protection.until': '保护期至 {time}',
  'duplicates.hint.warn': '核对匹配项',
  'duplicates.hint.warnShort': '核对',

  'duplicates.short.block':
    'Berth 中已有该公司{holder, select, pool {，目前在公海中} you {，负责人是你} owner {，负责人为 {owner}} other {}}{more, plural, =0 {} other {（另有 # 个匹配）}}',
  'duplicates.short.warn':
    '该公司可能已在 Berth 中{holder, select, pool {，目前在公海中} you {，负责人是你} owner {，负责人为 {owner}} other {}}{more, plural, =0 {} other {（另有 # 个匹配）}}',
  'duplicates.summary.show': '查看匹配项',

  'duplicates.evidence.similar': '{dimension} ≈ {score}',
  'duplicates.evidence.summary': '{dimension} · {method, select, EXACT {精确匹配} other {相似匹配}} · {score} · {action, select, BLOCK {拦截} other {提醒}}',
  'duplicates.evidence.typed': '输入值',
  'duplicates.evidence.existing': '已有值',
  'duplicates.evidence.alias': '匹配其{kind}“{name}”',
  'duplicates.evidence.pairedWords': '逐词对应：{pairs}',
  'duplicates.evidence.pairSeparator': '，',
  'duplicates.demotion.CHAIN_BRANCH': '仅提醒：名称相同，但电话在不同地区，可能是另一家分店。',
  'duplicates.demotion.SHARED_KEY': '{count, plural, other {仅提醒：已有 {customers} 个客户共用此项，无法确定是哪一家公司。}}',
  'duplicates.demotion.GENERIC_NAME': '仅提醒：名称只由通用词组成，且没有其他匹配项。',

  'duplicates.claimInstead': '改为领取',
  'duplicates.claimInstead.claiming': '领取中…',
  'duplicates.claimInstead.notHere': '请到公海中找到并领取',
};
