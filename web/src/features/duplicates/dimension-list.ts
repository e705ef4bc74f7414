import type { Translate } from '../../i18n/translator';
import { DIMENSION_WORDS } from './duplicate-labels';
import type { DuplicateDimension } from './duplicate-types';

/** "name, phone" / "名称、电话": matched dimensions as running text, with the language's own list commas. */
export function dimensionList(dimensions: readonly DuplicateDimension[], t: Translate, locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' }).format(dimensions.map((d) => t(DIMENSION_WORDS[d])));
}
