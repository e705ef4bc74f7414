/**
 * Merge functions for what only moves forward on the server (rows done, rows checked): a read
 * sent before the last event may answer after it, and must not take a count back.
 */
export const furthest = (existing: number | undefined, incoming: number) => Math.max(existing ?? 0, incoming);
