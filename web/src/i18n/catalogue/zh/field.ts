import type { field as english } from '../en/field';
import type { Translation } from '../translation';

export const field: Translation<typeof english> = {
  'field.item.tag': '标签 {n}',
  'field.item.phone': '电话 {n}',
  'field.item.email': '邮箱 {n}',
  'field.rule.REQUIRED': '{label}为必填项',
  'field.rule.TOO_LONG': '{label}最多 {max} 个字符',
};
