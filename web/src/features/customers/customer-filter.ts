import type { CustomerFilterInput } from './customer-types';

/** Drops empty values so that "no filter" has one spelling and the list key stays stable. */
export function mergeFilter(current: CustomerFilterInput, patch: Partial<CustomerFilterInput>): CustomerFilterInput {
  const next: Record<string, unknown> = { ...current, ...patch };
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  return JSON.stringify(next) === JSON.stringify(current) ? current : (next as CustomerFilterInput);
}
