import type { CustomerAlias } from '@berth/domain';
import type { Translate } from '../../i18n/translator';
import { ALIAS_KIND_WORDS } from '../customers/customer-labels';
import type { ClashCustomer, ClashOwner, DuplicateCheckResult, DuplicateMatch } from './duplicate-types';

/** Who is looking: a clash names owners without ids, so the viewer is recognised by name and department. */
export interface ViewerName {
  name: string;
  department: { name: string } | null;
}

export function isViewer(owner: ClashOwner, viewer: ViewerName | undefined): boolean {
  return viewer !== undefined && owner.name === viewer.name && (owner.departmentName ?? null) === (viewer.department?.name ?? null);
}

/** "Rita Rep (East sales)", or just the name when the department is unknown. */
export function ownerName(owner: ClashOwner, t: Translate): string {
  return owner.departmentName ? t('duplicates.ownerWithDepartment', { name: owner.name, department: owner.departmentName }) : owner.name;
}

/** Who holds a customer, as the arguments of a message that says it: the pool, the viewer, or someone named. */
export function holderOf(customer: ClashCustomer, t: Translate, viewer?: ViewerName): { holder: 'pool' | 'you' | 'owner'; owner: string } {
  if (!customer.owner || customer.inPool) return { holder: 'pool', owner: '' };
  if (isViewer(customer.owner, viewer)) return { holder: 'you', owner: '' };
  return { holder: 'owner', owner: ownerName(customer.owner, t) };
}

/** Who holds the customer, as the panel says it: "owned by Rita Rep (East sales)". */
export function holderPhrase(customer: ClashCustomer, t: Translate, viewer?: ViewerName): string {
  return t('duplicates.holder', holderOf(customer, t, viewer));
}

export function blockingMatches(result: DuplicateCheckResult | null | undefined): DuplicateMatch[] {
  return result?.matches.filter((m) => m.verdict === 'BLOCK') ?? [];
}

/**
 * Why saving is refused, naming who has the company:
 * "Already in Berth: owned by Rita Rep (East sales) — you cannot add it again."
 */
export function blockExplanation(result: DuplicateCheckResult, mode: 'create' | 'edit', t: Translate, viewer?: ViewerName): string {
  const [first, ...others] = blockingMatches(result);
  const holder = first ? holderOf(first.customer, t, viewer) : { holder: 'unknown', owner: '' };
  return t(mode === 'create' ? 'duplicates.block.create' : 'duplicates.block.edit', { ...holder, more: others.length });
}

/**
 * The verdict and who holds the match, short enough for one line beside the save button or
 * under the name field: "Already in Berth: owned by Li Wei (East sales)".
 */
export function shortVerdict(result: DuplicateCheckResult, verdict: 'WARN' | 'BLOCK', t: Translate, viewer?: ViewerName): string {
  const [first, ...others] = verdict === 'BLOCK' ? blockingMatches(result) : result.matches;
  const holder = first ? holderOf(first.customer, t, viewer) : { holder: 'unknown', owner: '' };
  return t(verdict === 'BLOCK' ? 'duplicates.short.block' : 'duplicates.short.warn', { ...holder, more: others.length });
}

/**
 * The existing customer's other names a match went through, each once: its own name may be
 * Chinese while the rep typed the English one, and the match must say why it looks the same.
 */
export function matchedAliases(match: DuplicateMatch): CustomerAlias[] {
  const found = new Map<string, CustomerAlias>();
  for (const { existingAlias } of match.evidence) {
    if (existingAlias) found.set(`${existingAlias.kind}:${existingAlias.name}`, { kind: existingAlias.kind, name: existingAlias.name });
  }
  return [...found.values()];
}

/** "Matched its English name “Shanghai Huatai Textile”". */
export function matchedAliasPhrase(alias: CustomerAlias, t: Translate): string {
  return t('duplicates.evidence.alias', { kind: t(ALIAS_KIND_WORDS[alias.kind]), name: alias.name });
}

export function warnExplanation(result: DuplicateCheckResult, t: Translate): string {
  return t('duplicates.warn', { count: result.matches.length });
}

/**
 * Identifies what the user acknowledged: a tick given for one set of matches must not carry
 * over to a different set found after they edit the phone or the name.
 */
export function matchSignature(result: DuplicateCheckResult | null | undefined): string {
  if (!result) return '';
  return result.matches
    .map((m) => `${m.customer.id ?? m.customer.companyName}:${m.evidence.map((e) => `${e.dimension}/${e.method}`).sort().join(',')}`)
    .sort()
    .join('|');
}
