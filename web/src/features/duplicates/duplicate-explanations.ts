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
export function ownerName(owner: ClashOwner): string {
  return owner.departmentName ? `${owner.name} (${owner.departmentName})` : owner.name;
}

/** Who holds the customer, as the panel and the explanations say it. */
export function holderPhrase(customer: ClashCustomer, viewer?: ViewerName): string {
  if (!customer.owner || customer.inPool) return 'in the public pool';
  return isViewer(customer.owner, viewer) ? 'owned by you' : `owned by ${ownerName(customer.owner)}`;
}

export function blockingMatches(result: DuplicateCheckResult | null | undefined): DuplicateMatch[] {
  return result?.matches.filter((m) => m.verdict === 'BLOCK') ?? [];
}

/**
 * Why saving is refused, naming who has the company:
 * "Already in Berth: owned by Rita Rep (East sales) — you cannot add it again."
 */
export function blockExplanation(result: DuplicateCheckResult, mode: 'create' | 'edit', viewer?: ViewerName): string {
  const blocking = blockingMatches(result);
  const [first] = blocking;
  const who = first ? holderPhrase(first.customer, viewer) : 'already recorded';
  const more = blocking.length > 1 ? ` (and ${blocking.length - 1} more)` : '';
  const consequence = mode === 'create' ? 'you cannot add it again' : 'another customer cannot have these details';
  return `Already in Berth: ${who}${more} — ${consequence}.`;
}

export function warnExplanation(result: DuplicateCheckResult): string {
  const count = result.matches.length;
  return count === 1
    ? 'This may be a company already in Berth. Check the match before saving.'
    : `This may be a company already in Berth. Check the ${count} matches before saving.`;
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
