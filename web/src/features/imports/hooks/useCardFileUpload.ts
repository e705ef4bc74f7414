import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorCode } from '@berth/domain';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import type { ClientErrorCode } from '../../../shared/errors/describe-error';
import { uploadCardFile } from '../upload/upload-card-file';

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fileName: string; sent: number }
  | { phase: 'failed'; fileName: string; code: ErrorCode | ClientErrorCode; message: string };

/**
 * Uploads one card file at a time, with how much is sent; a refusal is worded from its code and
 * kept for the page to show beside the file (UNAUTHENTICATED still signs out). Leaving the page
 * cancels an upload under way.
 */
export function useCardFileUpload(onUploaded: (id: string) => void) {
  const handleError = useErrorHandler();
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const upload = useCallback(
    async (file: File) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setState({ phase: 'uploading', fileName: file.name, sent: 0 });
      try {
        const id = await uploadCardFile(file, {
          signal: controller.signal,
          onProgress: (sent) => setState((s) => (s.phase === 'uploading' ? { ...s, sent } : s)),
        });
        onUploaded(id);
      } catch (error) {
        if (controller.signal.aborted) return;
        const described = handleError(error, { inline: true });
        setState({ phase: 'failed', fileName: file.name, code: described.code, message: described.message });
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [handleError, onUploaded],
  );

  return { state, upload };
}
