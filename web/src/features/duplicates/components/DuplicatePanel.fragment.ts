import { gql } from '@apollo/client';
import type { DuplicateCheckResult } from '../duplicate-types';
import { DUPLICATE_MATCH_ITEM_FRAGMENT } from './DuplicateMatchItem.fragment';

/** A whole check result as DuplicatePanel shows it; the server's refusals carry the same shape. */
export const DUPLICATE_PANEL_FRAGMENT = gql`
  fragment DuplicatePanel_result on DuplicateCheckResult {
    verdict
    matches {
      ...DuplicateMatchItem_match
    }
  }
  ${DUPLICATE_MATCH_ITEM_FRAGMENT}
`;

export type DuplicatePanelResult = DuplicateCheckResult;
