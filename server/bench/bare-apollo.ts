/**
 * The baseline of `pnpm bench:api`: a bare Apollo Server 5 on the same HTTP stack as Berth
 * (Express 5, expressMiddleware, JSON body parser), answering the same `customers(first: 20)`
 * with the same rows from the same database through one hand-written query — no sign-in, no
 * limits, no ORM, no visibility layer. What Berth costs on top of it is Berth's own overhead.
 * Its `claimCustomers` is the floor of a claim attempt on this stack: one single-row read of
 * the customer's owner per id, no rules and no writes — the least a claim that reads its
 * customer on its own can cost.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Pool } from 'pg';

const typeDefs = `#graphql
  type Owner { name: String! }
  type Tier { code: String!, name: String! }
  type Customer { id: ID!, companyName: String!, owner: Owner, tier: Tier!, protectedUntil: String, tags: [String!]! }
  type CustomerEdge { node: Customer! }
  type CustomerConnection { edges: [CustomerEdge!]! }
  type Query { customers(first: Int = 25): CustomerConnection! }
  type ClaimOutcome { customerId: ID!, ok: Boolean!, code: String }
  type Mutation { claimCustomers(ids: [ID!]!): [ClaimOutcome!]! }
`;

/** The rows a manager of `departmentPath` sees first in Berth's default order (newest change first). */
export const BARE_LIST_SQL = `
  SELECT c.id, c.company_name AS "companyName", u.name AS "ownerName", t.code AS "tierCode", t.name AS "tierName",
         o.protected_until AS "protectedUntil", c.tags
    FROM customers c
    JOIN customer_ownership o ON o.customer_id = c.id
    JOIN users u ON u.id = o.owner_id
    JOIN departments d ON d.id = u.department_id
    JOIN tiers t ON t.code = c.tier_code
   WHERE d.path LIKE $1 || '%'
   ORDER BY c.updated_at DESC, c.id DESC
   LIMIT $2`;

const OWNER_SQL = 'SELECT owner_id AS "ownerId" FROM customer_ownership WHERE customer_id = $1';

export async function startBareApollo(databaseUrl: string, departmentPath: string) {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const resolvers = {
    Query: {
      customers: async (_: unknown, { first }: { first: number }) => {
        const { rows } = await pool.query(BARE_LIST_SQL, [departmentPath, first]);
        return {
          edges: rows.map((r) => ({
            node: {
              id: r.id,
              companyName: r.companyName,
              owner: { name: r.ownerName },
              tier: { code: r.tierCode, name: r.tierName },
              protectedUntil: r.protectedUntil?.toISOString() ?? null,
              tags: r.tags,
            },
          })),
        };
      },
    },
    Mutation: {
      claimCustomers: async (_: unknown, { ids }: { ids: string[] }) => {
        const outcomes = [];
        for (const id of ids) {
          const { rows } = await pool.query(OWNER_SQL, [id]);
          outcomes.push({ customerId: id, ok: false, code: rows[0]?.ownerId == null ? 'NOT_CLAIMED' : 'ALREADY_OWNED' });
        }
        return outcomes;
      },
    },
  };
  const apollo = new ApolloServer({ typeDefs, resolvers });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '256kb' }), expressMiddleware(apollo));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}/graphql`,
    stop: async () => {
      await apollo.stop();
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
