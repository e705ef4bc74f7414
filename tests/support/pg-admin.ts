import { Client } from 'pg';

/** Runs one maintenance statement (CREATE/DROP DATABASE) on its own connection. */
export async function runAdminSql(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
