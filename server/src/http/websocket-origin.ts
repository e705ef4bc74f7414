/**
 * Whether a WebSocket upgrade may go ahead, judged by its Origin header. A browser attaches
 * the session cookie to an upgrade started by any site, so without this check a page elsewhere
 * could open a socket as the signed-in user (cross-site WebSocket hijacking). Browsers always
 * send Origin on an upgrade; a request without one is not a browser's, so it carries no
 * ambient cookie an attacker could borrow and authenticates with its own token.
 */
export function isAllowedWebSocketOrigin(origin: string | undefined, host: string | undefined, allowedOrigins: readonly string[]): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // includes the opaque origin "null" (sandboxed frames, file: pages)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (allowedOrigins.includes(url.origin)) return true;
  return host !== undefined && sameHost(url, host);
}

/** The server's own origin: the Host the browser addressed, under either scheme (TLS may end at a proxy). */
function sameHost(origin: URL, host: string): boolean {
  try {
    // Parsed under the origin's scheme so "example.com" and "example.com:443" compare equal for https.
    return new URL(`${origin.protocol}//${host}`).host === origin.host;
  } catch {
    return false;
  }
}
