import { expandBracketedForms, stripLegalForms } from './legal-form-stripping';
import { toNameWords } from './name-text';

/**
 * Company name → matching key: "Acme Trading Co., Ltd." = "ACME TRADING LIMITED" = "acme trading".
 * Case, width, accents, punctuation, "&"/"and", a leading "The" and legal forms do not tell two
 * companies apart, so they are folded away; every other word stays, false friends included.
 * Returns '' when nothing is left, i.e. the name was only a legal form or punctuation.
 */
export function normalizeCompanyName(raw: string): string {
  return stripLegalForms(toNameWords(expandBracketedForms(raw))).join(' ');
}
