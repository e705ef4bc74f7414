import type { DuplicateAction, DuplicateDimension, DuplicateVerdict, MatchEvidence as DomainMatchEvidence, MatchMethod } from '@berth/domain';

/** Hand-written mirrors of the duplicate-check types in docs/api-contract.md; the enums come from the domain. */
export type { DuplicateAction, DuplicateDimension, DuplicateVerdict, MatchMethod };

export interface DuplicateCheckInput {
  companyName?: string;
  website?: string;
  email?: string;
  phone?: string;
  /** When editing: the customer is not matched against itself. */
  excludeCustomerId?: string;
}

/** What a clash may reveal of a customer the viewer may not see. */
export interface ClashOwner {
  name: string;
  departmentName: string | null;
}

export interface ClashCustomer {
  /** Null unless the viewer may open the customer. */
  id: string | null;
  companyName: string;
  /** Null = in the public pool. */
  owner: ClashOwner | null;
  inPool: boolean;
  protectedUntil: string | null;
}

/** The domain's evidence as the API serves it: with what the rule does on that dimension. */
export interface MatchEvidence extends DomainMatchEvidence {
  action: DuplicateAction;
}

export interface DuplicateMatch {
  customer: ClashCustomer;
  verdict: DuplicateVerdict;
  evidence: MatchEvidence[];
}

export interface DuplicateCheckResult {
  verdict: DuplicateVerdict;
  matches: DuplicateMatch[];
}
