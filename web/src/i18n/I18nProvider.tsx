import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import { preferredLocale, resolveLocale, type Locale } from '@berth/domain';
import { browserTimeZone, createI18n, type I18n } from './i18n';
import { rememberedLocale, rememberLocale } from './locale-memory';

interface I18nState extends I18n {
  /** Shows the app in another language at once (and remembers it in this browser). */
  setLocale(locale: Locale): void;
  /** Dates follow the team's zone once the viewer is known. */
  setTimeZone(timeZone: string): void;
}

const I18nContext = createContext<I18nState | null>(null);

/** The language on a first visit: the one chosen earlier in this browser, else the browser's own. */
export function initialLocale(): Locale {
  const remembered = rememberedLocale();
  if (remembered) return remembered;
  return preferredLocale(typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]));
}

interface Props {
  children: ReactNode;
  /** Tests fix these; the app starts from the browser. */
  locale?: Locale;
  timeZone?: string;
}

export function I18nProvider({ children, locale: fixedLocale, timeZone: fixedZone }: Props) {
  const [locale, setLocaleState] = useState<Locale>(() => fixedLocale ?? initialLocale());
  const [timeZone, setTimeZone] = useState<string>(() => fixedZone ?? browserTimeZone());
  const i18n = useMemo(() => createI18n(locale, timeZone), [locale, timeZone]);

  const setLocale = useCallback((next: Locale) => {
    const resolved = resolveLocale(next);
    rememberLocale(resolved);
    setLocaleState(resolved);
  }, []);

  // Screen readers, hyphenation and the browser's choice of CJK glyphs follow the page's language.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18nState>(() => ({ ...i18n, setLocale, setTimeZone }), [i18n, setLocale]);
  return (
    <I18nContext.Provider value={value}>
      <RawIntlProvider value={i18n.intl}>{children}</RawIntlProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18nState {
  const state = useContext(I18nContext);
  if (!state) throw new Error('useI18n must be used below <I18nProvider>');
  return state;
}

/** The message function for the viewer's language: `t('pool.claim')`, `t('time.daysLeft', { count })`. */
export function useT() {
  return useI18n().t;
}

/** Dates, times, figures and spans in the viewer's language and the team's zone. */
export function useFormat() {
  return useI18n().fmt;
}
