import type { IncomingMessage } from 'node:http';
import type { Request, RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/** A Host header we are willing to echo into the policy: a name or IP literal and a port. */
const PLAIN_HOST = /^([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/i;

/**
 * The dashboard's live updates use a WebSocket to this same host. CSP 3 lets 'self' cover
 * ws:/wss: of the page's own host, but older browsers do not, so the socket's origin is named.
 */
function sameHostSockets(req: IncomingMessage): string {
  const host = (req as Request).host;
  return host && PLAIN_HOST.test(host) ? `ws://${host} wss://${host}` : "'self'";
}

function optionsFor({ overHttps }: { overHttps: boolean }): HelmetOptions {
  return {
    contentSecurityPolicy: {
      directives: {
        'connect-src': ["'self'", sameHostSockets],
        // Emotion (MUI) injects <style> elements at run time.
        'style-src': ["'self'", "'unsafe-inline'"],
        'font-src': ["'self'", 'data:'],
        'img-src': ["'self'", 'data:'],
        'frame-ancestors': ["'none'"],
        // Over plain HTTP there is nothing to upgrade to: the directive would break every asset.
        'upgrade-insecure-requests': overHttps ? [] : null,
      },
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  };
}

/**
 * Helmet's headers (CSP fit for the Vite dashboard, nosniff, no referrer, no framing) on every
 * HTTP answer. In development Apollo's landing page at /graphql loads its sandbox from Apollo's
 * CDN, so that one path goes without the CSP there; production has no landing page.
 */
export function securityHeaders({ apolloLandingPage }: { apolloLandingPage: boolean }): RequestHandler {
  const overHttps = helmet(optionsFor({ overHttps: true }));
  const overHttp = helmet(optionsFor({ overHttps: false }));
  const forLandingPage = helmet({ ...optionsFor({ overHttps: false }), contentSecurityPolicy: false });
  return (req, res, next) => {
    if (apolloLandingPage && req.path === '/graphql') return forLandingPage(req, res, next);
    return (req.secure ? overHttps : overHttp)(req, res, next);
  };
}
