/**
 * The languages Berth speaks. A stored or requested locale that is not one of these (an old
 * value, a browser asking for French) falls back to English rather than failing: a user always
 * gets a readable screen.
 */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

/**
 * The supported locale nearest to a BCP 47 tag: any Chinese ("zh", "zh-Hans", "zh-TW") reads
 * Simplified Chinese, the only Chinese catalogue; anything else unknown reads English.
 */
export function resolveLocale(tag: unknown): Locale {
  if (typeof tag !== 'string') return DEFAULT_LOCALE;
  const lower = tag.trim().toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-') || lower.startsWith('zh_')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-') || lower.startsWith('en_')) return 'en';
  return DEFAULT_LOCALE;
}

/** The first of the browser's preferred languages Berth speaks, else English. */
export function preferredLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const lower = tag.trim().toLowerCase();
    if (lower.startsWith('zh') || lower.startsWith('en')) return resolveLocale(tag);
  }
  return DEFAULT_LOCALE;
}
