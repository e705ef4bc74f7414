import { gql } from '@apollo/client';
import type { DuplicateMatch } from '../duplicate-types';

/** One match as DuplicateMatchItem shows it: who holds the customer, and why it matched. */
export const DUPLICATE_MATCH_ITEM_FRAGMENT = gql`
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
`;

export type DuplicateMatchItemMatch = DuplicateMatch;
