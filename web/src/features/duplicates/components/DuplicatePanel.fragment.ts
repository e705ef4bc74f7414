import { graphql } from '../../../gql';
import type { DuplicatePanel_ResultFragment } from '../../../gql/graphql';

/** A whole check result as DuplicatePanel shows it; the server's refusals carry the same shape. */
export const DUPLICATE_PANEL_FRAGMENT = graphql(`
  fragment DuplicatePanel_result on DuplicateCheckResult {
    verdict
    matches {
      ...DuplicateMatchItem_match
    }
  }
`);

export type DuplicatePanelResult = DuplicatePanel_ResultFragment;
