import type { DuplicateMatchItem_MatchFragment, DuplicatePanel_ResultFragment } from '../../gql/graphql';

/** The duplicate check's types (docs/api-contract.md), as generated from schema.graphql. */
export type { DuplicateAction, DuplicateCheckInput, DuplicateDemotion, DuplicateDimension, DuplicateVerdict, MatchMethod } from '../../gql/graphql';

export type DuplicateCheckResult = DuplicatePanel_ResultFragment;
export type DuplicateMatch = DuplicateMatchItem_MatchFragment;
/** The domain's evidence as the API serves it: with what the rule does on that dimension. */
export type MatchEvidence = DuplicateMatch['evidence'][number];
/**
 * What a clash may reveal of a customer the viewer may not see: `id` is null unless the viewer may
 * open it, `owner` null = in the public pool. Clash alerts select the same fields.
 */
export type ClashCustomer = DuplicateMatch['customer'];
export type ClashOwner = NonNullable<ClashCustomer['owner']>;
