import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** Where a phone number rings: its country, and its area when the number is tied to a place. */
export interface PhoneArea {
  country: string;
  area: string | null;
}

// Fixed lines are tied to a place; mobiles, toll-free and shared-cost numbers are not, even
// where their prefix looks like an area code (a Chinese mobile's 138 is a carrier's).
const GEOGRAPHIC_TYPES = new Set(['FIXED_LINE', 'FIXED_LINE_OR_MOBILE']);

/**
 * The country and, for a geographic number, the national destination code of a phone number in
 * E.164 ("+13125550100" → US 312, "+862161234567" → CN 21, a mobile → its country only), read as
 * libphonenumber's own getLengthOfNationalDestinationCode does: the first group after the country
 * code in the international format, when the number has more than one group after it. Null when
 * the number is not valid by the full metadata: an invented or mistyped number says nowhere.
 */
export function phoneAreaOf(e164: string): PhoneArea | null {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed?.isValid()) return null;
  const country = parsed.country ?? `+${parsed.countryCallingCode}`;
  const groups = parsed.formatInternational().split(/\D+/).filter((g) => g !== '');
  const geographic = GEOGRAPHIC_TYPES.has(parsed.getType() ?? '') && groups.length > 3;
  return { country, area: geographic ? groups[1] : null };
}

/**
 * True when two customers' phones ring in different places: each side has at least one valid
 * number, and every valid number of one is in another country, or in another geographic area of
 * the same country, than every valid number of the other. A shared number, or two numbers of one
 * area, or a mobile beside a fixed line of its country, say nothing apart.
 */
export function phonesInDifferentAreas(a: readonly string[], b: readonly string[]): boolean {
  const areasA = validAreas(a);
  const areasB = validAreas(b);
  if (!areasA.length || !areasB.length) return false;
  return areasA.every((x) => areasB.every((y) => x.country !== y.country || (x.area !== null && y.area !== null && x.area !== y.area)));
}

function validAreas(phones: readonly string[]): PhoneArea[] {
  return phones.map(phoneAreaOf).filter((p): p is PhoneArea => p !== null);
}
