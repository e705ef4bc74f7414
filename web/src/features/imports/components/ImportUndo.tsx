import { useEffect, useRef } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { ImportJobDetail } from '../import-types';
import { isUndoable } from '../undo-window';
import { ImportUndoOffer } from './ImportUndoOffer';
import { ImportUndoProgress } from './ImportUndoProgress';
import { ImportUndone } from './ImportUndone';

interface Props {
  job: ImportJobDetail;
  /** The uploader or an admin: who may undo it. */
  mayUndo: boolean;
  /** The page's moment: the offer lasts while the day after the import's end does. */
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

/** An import's undo, at the stage it stands: offered (within the day, to whom may), running, or done. */
export function ImportUndo({ job, mayUndo, now, onChanged }: Props) {
  useForgetRowsWhenUndone(job);
  if (job.status === 'UNDOING') return <ImportUndoProgress job={job} onProgress={onChanged} />;
  if (job.status === 'UNDONE') return <ImportUndone job={job} />;
  return mayUndo && isUndoable(job, now) ? <ImportUndoOffer job={job} onStale={() => void onChanged()} /> : null;
}
