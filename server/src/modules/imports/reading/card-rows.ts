/** One row of a card file: its number as the user sees it (the header is row 1) and its cells as text. */
export interface CardRow {
  rowNumber: number;
  cells: (string | null)[];
}

/** A card file read: its header row's cells and the rows below it, one at a time. */
export interface CardFileRows {
  headers: string[];
  rows: AsyncIterable<CardRow>;
}

/** Whether a row has nothing in it (a spacer between blocks of cards). */
export function isBlankRow(cells: readonly (string | null)[]): boolean {
  return cells.every((cell) => cell === null || cell.trim() === '');
}
