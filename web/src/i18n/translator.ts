import type { ReactNode } from 'react';
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { DEFAULT_LOCALE, resolveLocale, type Locale } from '@berth/domain';
import { en, type MessageKey } from './catalogue/en';
import { zh } from './catalogue/zh';

/** Values an ICU message is filled with: numbers and text, or for rich messages, elements and tag functions. */
export type MessageValues = Record<string, string | number | Date | null | undefined>;
export type RichValues = Record<string, ReactNode | ((chunks: ReactNode[]) => ReactNode)>;

/** Turns a key and its values into text in one language. Pure code takes one of these as a parameter. */
export interface Translate {
  (key: MessageKey, values?: MessageValues): string;
  /** For messages with markup, e.g. `<b>{name}</b>`: values may be elements or tag functions. */
  rich(key: MessageKey, values: RichValues): ReactNode;
  /** Whether a key computed at run time (e.g. from a server code) is in the catalogue. */
  has(key: string): key is MessageKey;
}

const CATALOGUES: Record<Locale, Record<string, string>> = {
  en,
  // A key the Chinese catalogue lacks shows in English, never as the raw key; the catalogue
  // test reports it.
  'zh-CN': { ...en, ...zh },
};

const cache = createIntlCache();

/** The Intl machinery for one locale and zone; `timeZone` applies to every date it formats. */
export function createAppIntl(locale: Locale, timeZone?: string): IntlShape {
  return createIntl(
    {
      locale,
      defaultLocale: DEFAULT_LOCALE,
      messages: CATALOGUES[resolveLocale(locale)],
      timeZone,
      // Missing translations fall back silently (see CATALOGUES); a broken message or unknown
      // key is a programming error the catalogue test catches, so it is only logged.
      onError: (error) => {
        if (error.code !== 'MISSING_TRANSLATION') console.error(error);
      },
    },
    cache,
  );
}

export function translatorFor(intl: IntlShape): Translate {
  const t = ((key: MessageKey, values?: MessageValues) => intl.formatMessage({ id: key }, values)) as Translate;
  t.rich = (key, values) => intl.formatMessage({ id: key }, values) as ReactNode;
  t.has = (key: string): key is MessageKey => Object.prototype.hasOwnProperty.call(en, key);
  return t;
}
