import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

// libphonenumber understands "ext.", "x" and "#", but not the Chinese spellings of "extension".
const CJK_EXTENSION = /\s*(?:转|轉|分机|分機|内线|內線)\s*\d+\s*$/u;

/**
 * E.164 ("+862161234567"), so "(021) 6123-4567 ext. 8" with region CN and "+86 21 6123 4567"
 * compare equal. The extension is dropped: it reaches a person inside the same company.
 * Null when libphonenumber does not consider it a possible number, e.g. a 7-digit US number
 * without its area code: guessing the area code would invent matches.
 */
export function normalizePhone(raw: string, defaultRegion: string): string | null {
  const region = defaultRegion.trim().toUpperCase();
  const parsed = parsePhoneNumberFromString(
    raw.replace(CJK_EXTENSION, ''),
    isSupportedCountry(region) ? (region as CountryCode) : undefined,
  );
  return parsed?.isPossible() ? parsed.number : null;
}
