import type { ErrorRequestHandler } from 'express';
import { ERROR_CODES, type ErrorCode } from '@berth/domain';

/**
 * Requests that fail before GraphQL sees them (malformed JSON, a body over the size limit)
 * get a GraphQL-shaped JSON answer with a code, not Express's HTML page with a stack trace.
 */
export const bodyErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const code: ErrorCode = status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
  const message =
    status === 413 ? 'The request body is too large.' : status === 400 ? 'The request body is not valid JSON.' : ERROR_CODES[code].defaultMessage;
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};
