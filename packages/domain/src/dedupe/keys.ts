import { normalizeCompanyName } from './company-name';
import { registrableDomain } from './domain';
import { emailDomain, normalizeEmail } from './email';
import { normalizePhone } from './phone';

/** The normalised values a customer is matched on; what the database stores and indexes. */
export interface DuplicateKeys {
  name: string;
  /** The name keys of the customer's aliases (former, English or Chinese names, brands), each checked like the name. */
  aliases: string[];
  emails: string[];
  phones: string[];
  domains: string[];
}

export interface DuplicateKeySource {
  companyName?: string | null;
  aliases?: readonly string[] | null;
  website?: string | null;
  email?: string | null;
  phone?: string | null;
  contacts?: { phones?: string[] | null; emails?: string[] | null }[] | null;
}

/**
 * All keys of a customer: its own fields plus its contacts' phones and emails. A contact's
 * mailbox at the company's domain identifies the company as well as its website does, so the
 * domains come from the website and from every email that is not free mail. Values that do
 * not normalise (an invalid phone, a malformed email) are left out rather than guessed.
 */
export function duplicateKeysOf(source: DuplicateKeySource, opts: { defaultRegion: string }): DuplicateKeys {
  const contacts = source.contacts ?? [];
  const emails = uniqueSorted(
    [source.email, ...contacts.flatMap((c) => c.emails ?? [])].map((e) => (e ? normalizeEmail(e) : null)),
  );
  const phones = uniqueSorted(
    [source.phone, ...contacts.flatMap((c) => c.phones ?? [])].map((p) => (p ? normalizePhone(p, opts.defaultRegion) : null)),
  );
  const websiteDomain = source.website ? registrableDomain(source.website) : null;
  const name = normalizeCompanyName(source.companyName ?? '');
  return {
    name,
    aliases: uniqueSorted((source.aliases ?? []).map((a) => normalizeCompanyName(a))).filter((a) => a !== '' && a !== name),
    emails,
    phones,
    domains: uniqueSorted([websiteDomain, ...emails.map(emailDomain)]),
  };
}

function uniqueSorted(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))].sort();
}
