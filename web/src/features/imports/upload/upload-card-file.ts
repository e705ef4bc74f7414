import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { IMPORT_LIMITS } from '@berth/domain';
import { authToken } from '../../../app/apollo/auth-token';

/** Where a card file goes (same origin: the session cookie goes with it). */
export const IMPORT_UPLOAD_URL = '/api/imports';

export interface UploadOptions {
  /** How much of the file has been sent, 0 to 1, as the browser reports it. */
  onProgress?: (sent: number) => void;
  signal?: AbortSignal;
}

/** Sends a card file and answers the new import's id. */
export type CardFileUploader = (file: File, options?: UploadOptions) => Promise<string>;

/** A refusal shaped as the server words it, so `describeError` reads it like any GraphQL error. */
function refusal(errors: { message: string; extensions?: Record<string, unknown> }[]): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ errors, data: null });
}

const STATUS_CODES: Record<number, string> = { 401: 'UNAUTHENTICATED', 413: 'FILE_TOO_LARGE', 415: 'FILE_TYPE_NOT_SUPPORTED' };

const refusalOf = (code: string) => refusal([{ message: code, extensions: { code } }]);

function parse(text: string): { id?: unknown; errors?: unknown } | null {
  try {
    const body: unknown = JSON.parse(text);
    return body && typeof body === 'object' ? body : null;
  } catch {
    return null;
  }
}

/**
 * POST /api/imports as multipart form data (one part, "file"), with XMLHttpRequest because fetch
 * cannot report upload progress. The answer is the import's id (201), or the server's coded
 * refusal (FILE_TYPE_NOT_SUPPORTED, FILE_PASSWORD_PROTECTED, …) as a CombinedGraphQLErrors; a
 * file over the size limit is refused before it is sent, and a lost connection is a TypeError
 * (NETWORK_ERROR), as fetch would report it.
 */
export const uploadCardFile: CardFileUploader = (file, { onProgress, signal } = {}) =>
  new Promise<string>((resolve, reject) => {
    if (file.size > IMPORT_LIMITS.maxBytes) return reject(refusalOf('FILE_TOO_LARGE'));
    const xhr = new XMLHttpRequest();
    xhr.open('POST', IMPORT_UPLOAD_URL);
    // Same origin: the browser sends the session cookie; the bearer covers sessions without one.
    xhr.withCredentials = false;
    const token = authToken.get();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status === 201 && typeof body?.id === 'string') return resolve(body.id);
      if (body && Array.isArray(body.errors) && body.errors.length > 0) return reject(refusal(body.errors));
      // Without the server's JSON (a proxy in between answered), the status is all there is to go by.
      const code = STATUS_CODES[xhr.status];
      reject(code ? refusalOf(code) : new TypeError(`Upload answered ${xhr.status}`));
    };
    xhr.onerror = () => reject(new TypeError('Upload failed'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
