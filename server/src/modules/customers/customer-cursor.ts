import { BerthError } from '@berth/domain';

/**
 * Keyset cursors: the sort key of the last row seen and its id, so paging stays stable while
 * rows are added and costs the same on page 1 and page 1,000.
 */
export interface CustomerCursor {
  key: string | null;
  id: number;
}

export function encodeCursor(cursor: CustomerCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

export function decodeCursor(raw: string): CustomerCursor {
  try {
    const [key, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if ((typeof key === 'string' || key === null) && Number.isInteger(id)) return { key, id };
  } catch {
    // fall through
  }
  throw BerthError.badInput([{ field: 'after', message: 'is not a cursor from this list' }]);
}
