import { useState } from 'react';
import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ImportNotice } from '../notification-types';
import type { ImportProgressNow } from '../import-message';

export const IMPORT_NOTICE_PROGRESS = graphql(`
  subscription ImportNoticeProgress($id: ID!) {
    importProgress(id: $id) {
      id
      status
      doneRows
    }
  }
`);

/**
 * An import's progress as it moves, while the notification shows one being written or undone;
 * null until the first step is heard (the notification's own figures stand until then). The end
 * itself also arrives as a fresh notification (IMPORT_CHANGED), with its counts.
 */
export function useImportNoticeProgress(job: ImportNotice): ImportProgressNow | null {
  const [now, setNow] = useState<ImportProgressNow | null>(null);
  useSubscription(IMPORT_NOTICE_PROGRESS, {
    variables: { id: job.id },
    skip: job.status !== 'IMPORTING' && job.status !== 'UNDOING',
    onData: ({ data }) => {
      const progress = data.data?.importProgress;
      if (progress) setNow({ status: progress.status, doneRows: progress.doneRows });
    },
  });
  return now;
}
