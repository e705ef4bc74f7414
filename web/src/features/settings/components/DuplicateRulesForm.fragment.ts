import { graphql } from '../../../gql';
import type { DuplicateRulesForm_RulesFragment } from '../../../gql/graphql';

/** The rules as DuplicateRulesForm edits them; the query and the save payload select the same. */
export const DUPLICATE_RULES_FORM_FRAGMENT = graphql(`
  fragment DuplicateRulesForm_rules on DuplicateRules {
    similarNameThreshold
    rules {
      dimension
      method
      enabled
      action
    }
  }
`);

export type DuplicateRulesFormRules = DuplicateRulesForm_RulesFragment;
