import type { DemotionFacts, DuplicateKeys, MatchEvidence } from '@berth/domain';
import type { ExactKeyHit } from './match-key.repository';

/**
 * The facts the domain's demotions weigh for each input and existing customer, from what the
 * check has read anyway: how many customers each exact key of the input found (the lookup's own
 * rows, at most its per-key limit), and the phones of the customers matched by name.
 */
export function demotionFactsOf(
  inputs: readonly DuplicateKeys[],
  hits: readonly (ExactKeyHit & { input: number })[],
  phonesByCustomer: ReadonlyMap<number, string[]>,
): (input: number, customerId: number) => DemotionFacts {
  const holders = new Map<string, number>();
  for (const h of hits) holders.set(`${h.input} ${h.dimension} ${h.key}`, (holders.get(`${h.input} ${h.dimension} ${h.key}`) ?? 0) + 1);
  return (input, customerId) => ({
    inputPhones: inputs[input].phones,
    existingPhones: phonesByCustomer.get(customerId) ?? [],
    sharedBy: (dimension, key) => holders.get(`${input} ${dimension} ${key}`) ?? 1,
  });
}

/** The customers whose phones the chain-branch demotion needs: matched by name, for an input with phones. */
export function customersMatchedByName(inputs: readonly DuplicateKeys[], evidence: readonly Map<number, MatchEvidence[]>[]): number[] {
  const ids = evidence.flatMap((byCustomer, i) =>
    inputs[i].phones.length ? [...byCustomer].filter(([, items]) => items.some((e) => e.dimension === 'NAME')).map(([id]) => id) : [],
  );
  return [...new Set(ids)];
}
