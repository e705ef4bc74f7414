import type { TaskList } from 'graphile-worker';
import type { Services } from '../services';

/** Reads a job's `{ requestId }` payload; anything else is a bug in whoever queued it, so the job fails loudly. */
function requestIdOf(payload: unknown): number {
  const id = (payload as { requestId?: unknown } | null)?.requestId;
  if (typeof id !== 'number' || !Number.isInteger(id)) throw new Error(`a transfer job needs an integer requestId, got ${JSON.stringify(payload)}`);
  return id;
}

/** Reads an import job's `{ jobId }` payload. */
function importIdOf(payload: unknown): number {
  const id = (payload as { jobId?: unknown } | null)?.jobId;
  if (typeof id !== 'number' || !Number.isInteger(id)) throw new Error(`an import job needs an integer jobId, got ${JSON.stringify(payload)}`);
  return id;
}

/** Berth's background jobs by name, each one short unit of work that queues its own successor. */
export function jobTasks(services: Services): TaskList {
  return {
    transfer_chunk: async (payload) => {
      await services.transferRunner.runChunk(requestIdOf(payload));
    },
    import_read: async (payload) => {
      await services.importChecks.read(importIdOf(payload));
    },
    import_check: async (payload) => {
      await services.importChecks.checkChunk(importIdOf(payload));
    },
  };
}
