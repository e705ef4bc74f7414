import fs from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { Logger } from '../logger';

/**
 * The built dashboard at /. Vite names each file under /assets after a hash of its content, so
 * browsers may keep them for a year; it also wrote brotli and gzip copies next to them, served
 * by Accept-Encoding. A missing asset (a chunk of an older build) is a 404: answering it with
 * index.html would hand the browser HTML where it expects JavaScript. Every other path not under
 * /graphql is a client-side route and gets index.html, revalidated on each load so a new build
 * (new asset names) reaches browsers at once.
 */
export function serveDashboard(app: Express, distDir: string, logger: Logger): void {
  const index = path.join(distDir, 'index.html');
  if (!fs.existsSync(index)) {
    logger.warn(`The dashboard is not built (${index} is missing): run \`pnpm build\`. The API still works at /graphql.`);
    return;
  }
  app.use(
    '/assets',
    expressStaticGzip(path.join(distDir, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: { immutable: true, maxAge: '365d', redirect: false },
    }),
    (_req, res) => {
      res.status(404).type('text/plain').send('Not found');
    },
  );
  app.get(/^(?!\/graphql).*/, (_req, res) => {
    res.sendFile(index, { cacheControl: false, headers: { 'Cache-Control': 'no-cache' } });
  });
}
