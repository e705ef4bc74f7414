import { useTransferProgress } from '../hooks/useTransferProgress';
import { isFinished, type TransferSummary } from '../transfer-types';

/** Listening costs one socket operation per request (at most 50 a socket): the newest open ones are enough for a page. */
const WATCHED_AT_MOST = 20;

function Watch({ id, onEvent }: { id: string; onEvent: () => void }) {
  useTransferProgress(id, { onEvent });
  return null;
}

/** Follows the list's waiting and moving requests live: their bars move by themselves (cache); `onEvent` reads the list again. */
export function TransferListWatchers({ requests, onEvent }: { requests: readonly TransferSummary[]; onEvent: () => void }) {
  const open = requests.filter((r) => !isFinished(r.progress.status)).slice(0, WATCHED_AT_MOST);
  return (
    <>
      {open.map((r) => (
        <Watch key={r.id} id={r.id} onEvent={onEvent} />
      ))}
    </>
  );
}
