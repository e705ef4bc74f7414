import type { Request, Response } from 'express';
import { parseCookie, stringifySetCookie } from 'cookie';
import type { SessionCookieControl } from '../graphql/context';

export const SESSION_COOKIE = 'berth_token';

/** `Authorization: Bearer …` wins over the cookie, so API clients and browsers both work. */
export function sessionTokenFrom(headers: { authorization?: string; cookie?: string }): string | null {
  const bearer = headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return bearer;
  return (headers.cookie && parseCookie(headers.cookie)[SESSION_COOKIE]) || null;
}

/**
 * Secure over HTTPS. req.secure honours a proxy's X-Forwarded-Proto only when Express's
 * 'trust proxy' names that proxy (BERTH_TRUST_PROXY): otherwise any client could set it.
 */
export function sessionCookieControl(req: Request, res: Response): SessionCookieControl {
  const secure = req.secure;
  const base = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    set: (token, expiresAt) => res.append('Set-Cookie', stringifySetCookie({ name: SESSION_COOKIE, value: token, ...base, expires: expiresAt })),
    clear: () => res.append('Set-Cookie', stringifySetCookie({ name: SESSION_COOKIE, value: '', ...base, expires: new Date(0) })),
  };
}
