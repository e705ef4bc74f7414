import { gql } from '@apollo/client';
import type { DuplicateRules } from '../duplicate-rules-form';

/** The rules as DuplicateRulesForm edits them; the query and the save payload select the same. */
export const DUPLICATE_RULES_FORM_FRAGMENT = gql`
  fragment DuplicateRulesForm_rules on DuplicateRules {
    similarNameThreshold
    rules {
      dimension
      method
      enabled
      action
    }
  }
`;

export type DuplicateRulesFormRules = DuplicateRules;
