import type { DuplicateAction, DuplicateVerdict, MatchEvidence } from '@berth/domain';

/**
 * What a clash may reveal of an existing customer: its name, who owns it (name and
 * department) or that it is in the pool, and how long it stays protected. `id` is set only
 * when the viewer may open the customer anyway; owner ids and paths never leave the server.
 */
export interface ClashCustomerView {
  id: number | null;
  companyName: string;
  owner: { name: string; departmentName: string | null } | null;
  inPool: boolean;
  protectedUntil: Date | null;
}

export interface DuplicateMatchView {
  customerId: number; // internal: who to notify; not exposed
  ownerId: number | null; // internal
  customer: ClashCustomerView;
  verdict: Exclude<DuplicateVerdict, 'CLEAR'>;
  evidence: (MatchEvidence & { action: DuplicateAction })[];
}

export interface DuplicateCheckResultView {
  verdict: DuplicateVerdict;
  matches: DuplicateMatchView[];
}

/** The JSON a client gets in `extensions.duplicates`: the same shape as the checkDuplicates query. */
export function duplicatesJson(result: DuplicateCheckResultView) {
  return {
    verdict: result.verdict,
    matches: result.matches.map((m) => ({
      verdict: m.verdict,
      evidence: m.evidence,
      customer: {
        ...m.customer,
        id: m.customer.id === null ? null : String(m.customer.id),
        protectedUntil: m.customer.protectedUntil?.toISOString() ?? null,
      },
    })),
  };
}
