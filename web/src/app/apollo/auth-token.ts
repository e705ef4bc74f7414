/**
 * The bearer token returned by `login`. The server also sets an httpOnly cookie, but the
 * WebSocket handshake and non-cookie deployments (another origin, a proxy that strips
 * cookies) need the token itself, so it is kept here as well.
 */
const STORAGE_KEY = 'berth_token';

let memoryToken: string | null = null;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Private modes can throw on access; the in-memory copy still works for this tab.
    return null;
  }
}

export const authToken = {
  get(): string | null {
    return memoryToken ?? storage()?.getItem(STORAGE_KEY) ?? null;
  },
  set(token: string) {
    memoryToken = token;
    storage()?.setItem(STORAGE_KEY, token);
  },
  clear() {
    memoryToken = null;
    storage()?.removeItem(STORAGE_KEY);
  },
};
