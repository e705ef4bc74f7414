import { useEffect, useRef } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { ImportJobDetail } from '../import-types';
import { ImportUndoOffer } from './ImportUndoOffer';
import { ImportUndoProgress } from './ImportUndoProgress';
import { ImportUndone } from './ImportUndone';

interface Props {
  job: ImportJobDetail;
  /** The page's moment: the offer lasts until the server's deadline passes, also while the page stays open. */
  now: Date;
  /** Read the job again; may return the read. */
  onChanged: () => unknown;
}

/**
 * Rows read before an undo name customers it may have removed: once it is over, they are dropped
 * from the cache, so the lists still showing read them again (and link only what is left).
 */
function useForgetRowsWhenUndone(job: Pick<ImportJobDetail, 'id' | 'status'>) {
  const client = useApolloClient();
  const seen = useRef(job.status);
  useEffect(() => {
    if (seen.current !== job.status && job.status === 'UNDONE') {
      client.cache.evict({ id: client.cache.identify({ __typename: 'ImportJob', id: job.id }), fieldName: 'rows' });
      client.cache.gc();
    }
    seen.current = job.status;
  }, [client, job.id, job.status]);
}

/**
 * Whether the offer stands at `now`: the server names a deadline only to whom may undo the import
 * now, and the page's clock takes the offer away once that deadline passes while the page is open.
 */
function offersUndo(undoableUntil: string | null, now: Date): undoableUntil is string {
  return undoableUntil !== null && Date.parse(undoableUntil) >= now.getTime();
}

/** An import's undo, at the stage it stands: offered (while the server says so), running, or done. */
export function ImportUndo({ job, now, onChanged }: Props) {
  useForgetRowsWhenUndone(job);
  if (job.status === 'UNDOING') return <ImportUndoProgress job={job} onFinished={() => void onChanged()} />;
  if (job.status === 'UNDONE') return <ImportUndone job={job} />;
  const until = job.undoableUntil;
  return offersUndo(until, now) ? <ImportUndoOffer job={job} until={until} onStale={() => void onChanged()} /> : null;
}
