import type { IntlShape } from 'react-intl';
import type { Locale } from '@berth/domain';
import { createFormatter, type Formatter } from './formatter';
import { createAppIntl, translatorFor, type Translate } from './translator';

/** Everything that speaks the viewer's language: the locale, its messages and its formatter. */
export interface I18n {
  locale: Locale;
  timeZone: string;
  t: Translate;
  fmt: Formatter;
  /** react-intl's own object, for its components. */
  intl: IntlShape;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** One language and zone; pure code and tests build one directly, components read it from context. */
export function createI18n(locale: Locale, timeZone: string = browserTimeZone()): I18n {
  const intl = createAppIntl(locale, timeZone);
  const t = translatorFor(intl);
  return { locale, timeZone, t, fmt: createFormatter(intl, t), intl };
}

/** English for callers outside React (the Apollo links, pure defaults); components pass the viewer's `t`. */
export const englishT: Translate = createI18n('en', 'UTC').t;
