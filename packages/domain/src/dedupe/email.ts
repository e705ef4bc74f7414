import { email as emailShape } from '../field-rules';
import { registrableDomain } from './domain';

/** Trim + lower-case; null when the value is not shaped like an email address. */
export function normalizeEmail(raw: string): string | null {
  const value = raw.trim().toLowerCase();
  return emailShape(value) === null ? value : null;
}

/** The registrable domain of an email address; null for free-mail and ISP domains. */
export function emailDomain(email: string): string | null {
  const normalized = normalizeEmail(email);
  if (normalized === null) return null;
  return registrableDomain(normalized.slice(normalized.lastIndexOf('@') + 1));
}
