import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An entity read by hand from a raw row: the select expressions for its columns under `alias`,
 * and a reader that builds the entity from a row holding them. For hot reads (list pages) where
 * TypeORM's per-request select building and result transformation cost more than the query;
 * the columns come from the entity's metadata, so a new column is read without touching this.
 * Columns marked `select: false` (password hashes) are never read.
 */
export function rawEntityReader<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, alias: string) {
  const metadata = dataSource.getMetadata(entity);
  const columns = metadata.columns
    .filter((c) => c.isSelect && !c.isVirtual)
    .map((c) => ({ property: c.propertyName, label: `${alias}_${c.databaseName}`, sql: `"${alias}"."${c.databaseName}"` }));
  const primary = columns.find((c) => c.property === metadata.primaryColumns[0].propertyName)!;
  const prototype = (metadata.target as { prototype: object }).prototype;
  return {
    selects: columns.map((c) => `${c.sql} AS "${c.label}"`),
    /** The entity in `row`, or null when an outer join found none. */
    read(row: Record<string, unknown>): T | null {
      if (row[primary.label] === null || row[primary.label] === undefined) return null;
      const value = Object.create(prototype) as Record<string, unknown>;
      for (const c of columns) value[c.property] = row[c.label];
      return value as T;
    },
  };
}

export type RawEntityReader<T extends ObjectLiteral> = ReturnType<typeof rawEntityReader<T>>;
