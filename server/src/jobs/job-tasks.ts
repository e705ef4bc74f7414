import type { TaskList } from 'graphile-worker';
import type { Services } from '../services';

/** Reads the integer id a job's payload carries; anything else is a bug in whoever queued it, so the job fails loudly. */
function idIn(payload: unknown, key: 'requestId' | 'jobId'): number {
  const id = (payload as Record<string, unknown> | null)?.[key];
  if (typeof id !== 'number' || !Number.isInteger(id)) throw new Error(`the job needs an integer ${key}, got ${JSON.stringify(payload)}`);
  return id;
}

/** Berth's background jobs by name, each one short unit of work that queues its own successor. */
export function jobTasks(services: Services): TaskList {
  return {
    transfer_chunk: async (payload) => {
      await services.transferRunner.runChunk(idIn(payload, 'requestId'));
    },
    import_read: async (payload) => {
      await services.importChecks.read(idIn(payload, 'jobId'));
    },
    import_check: async (payload) => {
      await services.importChecks.checkChunk(idIn(payload, 'jobId'));
    },
    import_judge: async (payload) => {
      await services.importChecks.judgeAhead(idIn(payload, 'jobId'));
    },
    import_write: async (payload) => {
      await services.importWrites.writeChunk(idIn(payload, 'jobId'));
    },
    import_undo: async (payload) => {
      await services.importUndos.undoChunk(idIn(payload, 'jobId'));
    },
  };
}
