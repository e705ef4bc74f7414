import { isLocale, type Locale } from '@berth/domain';

const KEY = 'berth.locale';

/**
 * The language last chosen in this browser, so the sign-in page already speaks it. The signed-in
 * user's choice on the server wins once known.
 */
export function rememberedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this visit only.
  }
}
