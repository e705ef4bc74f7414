import { parse } from 'tldts';
import { FREE_MAIL_BRANDS, FREE_MAIL_DOMAINS } from './free-mail-domains';
import { SHARED_SITE_DOMAINS } from './shared-site-domains';

// Private suffixes (github.io, blogspot.com, …) count as suffixes: two companies hosted there
// are two different sites, so "acme.github.io" is the company's domain, not "github.io".
const PSL_OPTIONS = { allowPrivateDomains: true } as const;

// Schemes as people mistype them: "http//x.edu", "https:/x.com", "http:x.com", "//x.com".
const SCHEME = /^(?:(?:https?|ftp)(?::[/\\]*|[/\\]+)|[/\\]+)/i;

/**
 * Website or bare host → registrable domain by the Public Suffix List:
 * "https://www.shop.acme.co.uk/about" → "acme.co.uk". Null when there is none (an IP, "localhost",
 * a single word) or when the domain belongs to everybody: free mail, ISPs, social sites.
 */
export function registrableDomain(urlOrHost: string): string | null {
  const host = urlOrHost.trim().toLowerCase().replace(SCHEME, '');
  if (host === '' || /\s/.test(host)) return null;
  const domain = parse(`http://${host}`, PSL_OPTIONS).domain;
  return domain && !isFreeMailDomain(domain) && !SHARED_SITE_DOMAINS.has(domain) ? domain : null;
}

/** True for free-mail and ISP domains: a mailbox there says nothing about the company. */
export function isFreeMailDomain(domain: string): boolean {
  const info = parse(domain.trim().toLowerCase(), PSL_OPTIONS);
  const registrable = info.domain ?? domain.trim().toLowerCase();
  return FREE_MAIL_DOMAINS.has(registrable) || FREE_MAIL_BRANDS.has(info.domainWithoutSuffix ?? '');
}
