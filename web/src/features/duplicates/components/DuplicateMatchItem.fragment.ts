import { graphql } from '../../../gql';
import type { DuplicateMatchItem_MatchFragment } from '../../../gql/graphql';

/**
 * The matched customer as DuplicateMatchItem shows it: who holds it and for how long. Its own
 * fragment so that other views of a match (an import row's) select the same fields without the
 * evidence they do not show.
 */
export const DUPLICATE_MATCH_CUSTOMER_FRAGMENT = graphql(`
  fragment DuplicateMatchItem_customer on ClashCustomer {
    id
    companyName
    inPool
    protectedUntil
    owner {
      name
      departmentName
    }
  }
`);

/** One match as DuplicateMatchItem shows it: who holds the customer, and why it matched. */
export const DUPLICATE_MATCH_ITEM_FRAGMENT = graphql(`
  fragment DuplicateMatchItem_match on DuplicateMatch {
    verdict
    customer {
      ...DuplicateMatchItem_customer
    }
    evidence {
      dimension
      method
      inputValue
      existingValue
      existingAlias {
        kind
        name
      }
      pairedWords {
        input
        existing
      }
      score
      action
      demotedBecause
      sharedBy
    }
  }
`);

export type DuplicateMatchItemMatch = DuplicateMatchItem_MatchFragment;
