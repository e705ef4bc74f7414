import type { DataSource } from 'typeorm';

export class IndustryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Every industry stored on any customer, one per case-insensitive name (its most used spelling),
   * most used first, at most `limit`. Deliberately outside the visibility scope: an industry is
   * shared vocabulary, not a fact about a customer, and no customer can be told from it.
   */
  async storedNames(limit: number): Promise<string[]> {
    const rows: { name: string }[] = await this.dataSource.query(
      `SELECT (ARRAY_AGG(industry ORDER BY uses DESC, industry))[1] AS name
         FROM (SELECT industry, COUNT(*) AS uses FROM customers
                WHERE industry IS NOT NULL AND btrim(industry) <> ''
                GROUP BY industry) spellings
        GROUP BY LOWER(btrim(industry))
        ORDER BY SUM(uses) DESC, 1
        LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.name);
  }
}
