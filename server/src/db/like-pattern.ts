/** A LIKE / ILIKE pattern matching text that contains `text` literally (its %, _ and \ escaped with PostgreSQL's default escape, \). */
export function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
