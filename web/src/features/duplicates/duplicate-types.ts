import type { DuplicateAction, DuplicateDimension, DuplicateVerdict, MatchMethod } from '@berth/domain';

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

export interface MatchEvidence {
  dimension: DuplicateDimension;
  method: MatchMethod;
  inputValue: string;
  existingValue: string;
  /** 0–1; 1 for an exact match. */
  score: number;
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
