import { graphql } from '../../../gql';
import type { DuplicateMatchItem_MatchFragment } from '../../../gql/graphql';

/** One match as DuplicateMatchItem shows it: who holds the customer, and why it matched. */
export const DUPLICATE_MATCH_ITEM_FRAGMENT = graphql(`
  fragment DuplicateMatchItem_match on DuplicateMatch {
    verdict
    customer {
      id
      companyName
      inPool
      protectedUntil
      owner {
        name
        departmentName
      }
    }
    evidence {
      dimension
      method
      inputValue
      existingValue
      score
      action
    }
  }
`);

export type DuplicateMatchItemMatch = DuplicateMatchItem_MatchFragment;
