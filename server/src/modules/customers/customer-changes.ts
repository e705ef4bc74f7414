import { BerthError, cleanList, cleanText, validateAliases, validateCustomerFields, withoutUndefined, type CustomerAlias, type CustomerStatus, type FieldProblem, fieldProblem } from '@berth/domain';
import type { EntityManager } from 'typeorm';
import { parseId } from '../../graphql/ids';
import type { OrgRepository } from '../org/org.repository';
import type { UpdateCustomerInput } from './customer.inputs';

/** Column values a create or update writes; `undefined` = leave as it is. */
export interface CustomerChanges {
  companyName?: string;
  website?: string | null;
  email?: string | null;
  phone?: string | null;
  industry?: string | null;
  regionId?: number | null;
  source?: string | null;
  tags?: string[];
  tierCode?: string;
  status?: CustomerStatus;
  aliases?: CustomerAlias[];
}

/**
 * Turns API input into column values: trims, drops blanks, lower-cases email, and checks the
 * domain rules plus the references (region, tier) in one pass so every problem is reported
 * together. Shared by create and update; an update names the customer's `currentName`, which
 * its aliases must differ from when the name itself is not changing.
 */
export async function customerChangesFrom(
  input: UpdateCustomerInput,
  { requireName, org, manager, currentName = null }: { requireName: boolean; org: OrgRepository; manager: EntityManager; currentName?: string | null },
): Promise<CustomerChanges> {
  const changes: CustomerChanges = {
    companyName: cleanText(input.companyName) ?? undefined,
    website: cleanText(input.website),
    email: cleanText(input.email)?.toLowerCase() ?? cleanText(input.email),
    phone: cleanText(input.phone),
    industry: cleanText(input.industry),
    source: cleanText(input.source),
    tags: cleanList(input.tags),
    status: input.status ?? undefined,
    aliases: input.aliases?.map((a) => ({ kind: a.kind, name: cleanText(a.name) ?? '' })),
  };
  const problems: FieldProblem[] = validateCustomerFields(
    { ...changes, companyName: input.companyName === undefined ? undefined : (changes.companyName ?? null) },
    { requireName },
  );
  if (changes.aliases) problems.push(...validateAliases(changes.aliases, changes.companyName ?? currentName));

  if (input.regionId !== undefined) {
    if (input.regionId === null) changes.regionId = null;
    else {
      const regionId = parseId(input.regionId);
      if (regionId === null || !(await org.regionExists(regionId, manager))) problems.push(fieldProblem('regionId', 'UNKNOWN_REGION'));
      else changes.regionId = regionId;
    }
  }
  if (input.tier !== undefined && input.tier !== null) {
    if (!(await org.tierExists(input.tier, manager))) problems.push(fieldProblem('tier', 'UNKNOWN_TIER'));
    else changes.tierCode = input.tier;
  }
  if (problems.length) throw BerthError.badInput(problems);
  return withoutUndefined(changes);
}
