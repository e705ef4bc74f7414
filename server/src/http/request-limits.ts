/**
 * The largest request Berth reads: one HTTP body or one WebSocket message. No screen sends a
 * tenth of this; the cap keeps a single request from costing megabytes of parsing before any
 * check runs. Over WebSocket, ws refuses a larger frame from its header, before buffering it.
 */
export const MAX_REQUEST_BYTES = 256 * 1024;
