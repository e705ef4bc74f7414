import { importFilesRouter } from './http/import-files';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { DataSource } from 'typeorm';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Logger } from './logger';
import { buildBerthSchema } from './graphql/build-schema';
import { buildContext, type AppContext } from './graphql/context';
import { createErrorFormatter } from './graphql/errors';
import { operationLimitsPlugin } from './graphql/operation-limits-plugin';
import { createBerthPubSub } from './graphql/pubsub';
import { PostgresEventTarget } from './graphql/postgres-event-target';
import { attachWebSocketServer } from './graphql/websocket';
import { bodyErrorHandler } from './http/body-errors';
import { serveDashboard } from './http/dashboard';
import { MAX_REQUEST_BYTES } from './http/request-limits';
import { securityHeaders } from './http/security-headers';
import { sessionCookieControl, sessionTokenFrom } from './http/session-cookie';
import { createServices, type Services } from './services';
import { startJobRunner, type JobRunner } from './jobs/job-runner';
import { jobTasks } from './jobs/job-tasks';

export interface BerthServer {
  url: string;
  port: number;
  services: Services;
  jobs: JobRunner;
  stop(): Promise<void>;
}

/**
 * HTTP + WebSocket GraphQL on one port at /graphql, and the dashboard at /. The database is
 * opened by the caller, so tests can hand in their own database and clock.
 */
export async function startBerthServer(deps: { config: Config; dataSource: DataSource; clock: Clock; logger: Logger }): Promise<BerthServer> {
  const { config, dataSource, clock, logger } = deps;
  const events = await PostgresEventTarget.start((dataSource.options as { url: string }).url, (sql, params) => dataSource.query(sql, params), logger);
  const pubsub = createBerthPubSub(events as unknown as EventTarget);
  const services = createServices({ dataSource, clock, config, pubsub });
  const refreshed = await services.duplicateGate.refreshStaleKeys(dataSource, services.repositories.settings, clock.now());
  if (refreshed) logger.info(`Computed duplicate-check keys for ${refreshed} customer(s).`);
  const jobs = await startJobRunner({ connectionString: (dataSource.options as { url: string }).url, tasks: jobTasks(services), logger, work: config.jobWorker });
  const schema = await buildBerthSchema(pubsub);
  const formatError = createErrorFormatter(logger, { exposeDetails: !config.production });

  const app = express();
  app.disable('x-powered-by');
  // req.secure and req.ip believe X-Forwarded-* only from the proxies named here.
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders({ apolloLandingPage: !config.production }));
  const httpServer = http.createServer(app);
  const ws = attachWebSocketServer(httpServer, schema, services, formatError, { config, clock, logger });

  const apollo = new ApolloServer<AppContext>({
    schema,
    formatError,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: () => ws.dispose() }) },
      operationLimitsPlugin(schema),
      // Berth sets no cache hints; the default cache-control plugin would still wrap every field of every row.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/graphql',
    express.json({ limit: MAX_REQUEST_BYTES }),
    expressMiddleware(apollo, {
      // req.ip is unset only when the socket has already gone; such a request shares one bucket.
      context: ({ req, res }) => buildContext(services, sessionTokenFrom(req.headers), sessionCookieControl(req, res), req.ip ?? 'unknown'),
    }),
    bodyErrorHandler,
  );
  app.use(importFilesRouter(services, logger));
  serveDashboard(app, config.webDistDir, logger);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    services,
    jobs,
    stop: async () => {
      await apollo.stop();
      await jobs.stop();
      await events.close();
    },
  };
}
