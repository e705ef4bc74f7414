import type { shared as english } from '../en/shared';
import type { Translation } from '../translation';

export const shared: Translation<typeof english> = {
  'shared.comingSoon.badge': '即将上线',
  'shared.pager.range': '第 {first}–{last} 条，共 {total} 条',
  'shared.pager.previous': '上一页',
  'shared.pager.next': '下一页',
  'shared.search.label': '搜索',
  'shared.search.placeholder': '公司名称或其他名称、邮箱、电话或网址',
};
