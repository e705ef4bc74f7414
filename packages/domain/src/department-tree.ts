/**
 * Departments form a tree stored as materialised paths ("/1/4/9/"): a subtree is every path
 * that starts with the root's path, which one indexed `LIKE 'prefix%'` answers.
 */
export const ROOT_PATH = '/';

export function childPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? ROOT_PATH}${id}/`;
}

export function isWithinSubtree(path: string, subtreeRootPath: string): boolean {
  return path.startsWith(subtreeRootPath);
}

/** Ids from the root down to the node itself, e.g. "/1/4/9/" → [1, 4, 9]. */
export function pathIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}
