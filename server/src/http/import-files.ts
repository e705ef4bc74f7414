import type { Request, Response, Router } from 'express';
import express from 'express';
import Busboy from 'busboy';
import { BerthError, ERROR_CODES, IMPORT_LIMITS, type ErrorCode, type Viewer } from '@berth/domain';
import type { Logger } from '../logger';
import { viewerOf } from '../modules/auth/authenticated-user';
import type { Services } from '../services';
import { sessionTokenFrom } from './session-cookie';
import { importTemplate } from '../modules/imports/import-template';
import { resultHeader, resultLine, writeResultFile, type ResultLanguage } from '../modules/imports/import-result-file';
import type { ImportRowEntity } from '../modules/imports/import-row.entity';
import { parseId } from '../graphql/ids';

/**
 * The import's files, beside /graphql and under the same session (the cookie or a bearer token):
 * - POST /api/imports: a card file, as multipart form data (one part named "file"); answers the
 *   new import's id. The rest of the import (mapping, check, commit, progress) goes through GraphQL.
 * - GET /api/imports/:id/result?format=xlsx|csv&lang=en|zh: the file's rows with what became of
 *   each, for whoever may see the import.
 * - GET /api/imports/template.xlsx?lang=en|zh: a card file template (no session needed).
 * Every refusal is the GraphQL-shaped JSON error with a code, never a page or a stack.
 */
export function importFilesRouter(services: Services, logger: Logger): Router {
  const router = express.Router();
  router.post('/api/imports', async (req, res) => {
    try {
      const user = await authenticated(services, req);
      const file = await fileFrom(req);
      const job = await services.imports.upload(user, file);
      res.status(201).json({ id: String(job.id) });
    } catch (error) {
      if (!(error instanceof BerthError)) logger.error('Import upload failed', error);
      refuse(res, error instanceof BerthError ? error : new BerthError('INTERNAL_SERVER_ERROR'));
    }
  });
  router.get('/api/imports/:id/result', async (req, res) => {
    try {
      const user = await authenticated(services, req);
      const id = parseId(String(req.params.id));
      if (id === null) throw new BerthError('NOT_FOUND', 'Import not found.');
      const format = req.query.format === 'csv' ? 'csv' : 'xlsx';
      const language = req.query.lang === 'zh' ? 'zh' : 'en';
      const { job, rows } = await services.importReads.result(user, id);
      res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('Content-Disposition', contentDisposition(`${job.fileName.replace(/\.(xlsx|csv|txt)$/i, '')}-result.${format}`));
      await writeResultFile(res, format, resultHeader(job.headers, language), lines(rows, job.headers.length, language));
    } catch (error) {
      if (!(error instanceof BerthError)) logger.error('Import result file failed', error);
      if (res.headersSent) res.destroy();
      else refuse(res, error instanceof BerthError ? error : new BerthError('INTERNAL_SERVER_ERROR'));
    }
  });
  // The template needs no session: it holds nothing but headers and an invented example.
  router.get('/api/imports/template.xlsx', async (req, res) => {
    const language = req.query.lang === 'zh' ? 'zh' : 'en';
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="${language === 'zh' ? 'berth-import-template-zh.xlsx' : 'berth-import-template.xlsx'}"`);
    res.send(await importTemplate(language));
  });
  return router;
}

async function* lines(rows: AsyncIterable<ImportRowEntity>, columns: number, language: ResultLanguage) {
  for await (const row of rows) yield resultLine(row, columns, language);
}

/** An attachment's name for every browser: ASCII fallback plus the UTF-8 name (a Chinese file name survives). */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

async function authenticated(services: Services, req: Request): Promise<Viewer> {
  const token = sessionTokenFrom(req.headers);
  const user = token ? await services.auth.authenticate(token) : null;
  if (!user) throw new BerthError('UNAUTHENTICATED');
  return viewerOf(user);
}

/** The one file part, read up to the size limit; anything bigger is refused without reading the rest. */
function fileFrom(req: Request): Promise<{ fileName: string; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    let busboy: Busboy.Busboy;
    try {
      // Browsers send a file name's UTF-8 bytes as they are (busboy would read them as Latin-1).
      busboy = Busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fileSize: IMPORT_LIMITS.maxBytes, fields: 10, parts: 12 } });
    } catch {
      return reject(new BerthError('BAD_REQUEST', 'Send the file as multipart/form-data, in a part named "file".'));
    }
    let found: Promise<{ fileName: string; bytes: Buffer }> | null = null;
    busboy.on('file', (name, stream, info) => {
      if (name !== 'file' || found) return void stream.resume();
      found = new Promise((done, fail) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('limit', () => fail(new BerthError('FILE_TOO_LARGE')));
        stream.on('end', () => done({ fileName: info.filename ?? '', bytes: Buffer.concat(chunks) }));
        stream.on('error', fail);
      });
      found.catch(() => stream.resume());
    });
    busboy.on('error', () => reject(new BerthError('BAD_REQUEST', 'The upload could not be read.')));
    busboy.on('close', () => {
      if (!found) return reject(new BerthError('BAD_REQUEST', 'Send the file in a part named "file".'));
      found.then(resolve, reject);
    });
    req.pipe(busboy);
  });
}

function refuse(res: Response, error: BerthError): void {
  const code: ErrorCode = error.code;
  const status = code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : code === 'NOT_FOUND' ? 404 : Math.max(400, ERROR_CODES[code].httpStatus);
  if (!res.headersSent) res.status(status).json({ errors: [{ message: error.message, extensions: { code } }] });
}
