import type { importUndo as english } from '../en/importUndo';
import type { Translation } from '../translation';

export const importUndo: Translation<typeof english> = {
  'imports.undo.offerTitle': '撤销此导入',
  'imports.undo.offerHint': '移除此导入新建、且此后无人处理过的客户。',
  'imports.undo.deadline': '可撤销至 {when}。',
  'imports.undo.button': '撤销导入',
  'imports.undo.confirmTitle': '撤销此导入？',
  'imports.undo.confirmRemoves': 'Berth 将移除此导入新建的客户（共 {count} 个）中此后无人处理过的客户。',
  'imports.undo.confirmKeeps': '此后被领取、分配、退回、跟进或修改过的客户会保留，每行都会说明原因。',
  'imports.undo.confirmStays': '为公海客户补全的空白字段，以及添加到 Berth 原有客户的联系人，都会保留。',
  'imports.undo.keep': '保留导入',
  'imports.undo.confirm': '撤销导入',
  'imports.undo.confirming': '正在撤销…',

  'imports.undo.running': '正在撤销导入',
  'imports.undo.label': '撤销进度',
  'imports.undo.line': '已处理 {decided, number} / {total, number} 个新建客户：移除 {removed, number} 个，保留 {kept, number} 个',
  'imports.undo.how': '导入后有人处理过的客户会保留。',

  'imports.undo.title': '撤销结果',
  'imports.undo.doneAt': '{when} 已撤销：移除 {removed} 个客户，{kept} 个因导入后有人处理而保留。',
  'imports.undo.groups': '按撤销结果查看新建客户',
  'imports.undo.group.REMOVED': '已移除',
  'imports.undo.group.KEPT': '已保留',
  'imports.undo.groupHint.REMOVED': '导入后无人处理过这些客户，因此撤销时移除了它们。',
  'imports.undo.groupHint.KEPT': '导入后有人处理过这些客户，因此撤销时保留了它们。',
  'imports.undo.result.REMOVED': '已从 Berth 移除',
  'imports.undo.result.MOVED_SINCE': '已保留：导入后被领取、分配或退回过',
  'imports.undo.result.FOLLOWED_UP': '已保留：导入后有过跟进',
  'imports.undo.result.CHANGED_SINCE': '已保留：导入后被编辑过，或联系人、协作人有变动',
};
