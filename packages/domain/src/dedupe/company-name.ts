import { expandBracketedForms, splitFormFromInitials, stripLegalForms } from './legal-form-stripping';
import { withoutQualifiers } from './name-qualifiers';
import { toNameWords, trailingSingleLetters } from './name-text';

/**
 * Company name → matching key: "Acme Trading Co., Ltd." = "ACME TRADING LIMITED" = "acme trading".
 * Case, width, accents, punctuation, "&"/"and", a leading (or inverted) "The", legal forms at
 * either end, and what follows the name (a seat after its legal form, a trailing place or branch
 * in brackets or after a dash) do not tell two companies apart, so they are folded away; every
 * other word stays, false friends included. Returns '' when nothing is left, i.e. the name was
 * only a legal form or punctuation.
 */
export function normalizeCompanyName(raw: string): string {
  const text = withoutQualifiers(expandBracketedForms(raw));
  return stripLegalForms(splitFormFromInitials(toNameWords(text), trailingSingleLetters(text))).join(' ');
}
