import { useRef } from 'react';
import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ImportProgress } from '../import-types';

export const IMPORT_PROGRESS_SUBSCRIPTION = graphql(`
  subscription ImportProgress($id: ID!) {
    importProgress(id: $id) {
      id
      status
      totalRows
      checkedRows
      classCounts {
        ...ImportClassCountsFields
      }
      doneRows
      importStartedAt
      pace {
        ...ImportPaceFields
      }
      outcomeCounts {
        ...ImportOutcomeCountsFields
      }
      undoCounts {
        ...ImportUndoCountsFields
      }
    }
  }
`);

/** Follows one import live; `onEvent` gets each step as the job commits it. */
export function useImportProgress(id: string, { skip = false, onEvent }: { skip?: boolean; onEvent: (progress: ImportProgress) => void }) {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useSubscription(IMPORT_PROGRESS_SUBSCRIPTION, {
    variables: { id },
    skip,
    onData: ({ data }) => {
      const progress = data.data?.importProgress;
      if (progress) handler.current(progress);
    },
  });
}
