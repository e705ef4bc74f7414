/**
 * The load generator of `pnpm bench:api`, in a process of its own so it never shares the
 * server's event loop: closed-loop clients on keep-alive connections, each sending its list of
 * request bodies one after another (the next as soon as the last answered). Reads a LoadPlan
 * as JSON on stdin, prints a LoadResult as JSON on stdout.
 */
import http from 'node:http';

export interface LoadPlan {
  url: string;
  clients: { headers: Record<string, string>; bodies: string[] }[];
}

export interface LoadResult {
  seconds: number;
  requests: number;
  /** Per request, in order per client: the HTTP status and the response body. */
  responses: { status: number; body: string; ms: number }[][];
}

async function run(plan: LoadPlan): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: plan.clients.length });
  const target = new URL(plan.url);
  const send = (headers: Record<string, string>, body: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        { agent, host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const start = process.hrtime.bigint();
  const responses = await Promise.all(
    plan.clients.map(async (client) => {
      const answers: LoadResult['responses'][number] = [];
      for (const body of client.bodies) {
        const t0 = process.hrtime.bigint();
        const answer = await send(client.headers, body);
        answers.push({ ...answer, ms: Number(process.hrtime.bigint() - t0) / 1e6 });
      }
      return answers;
    }),
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  agent.destroy();
  return { seconds, requests: responses.reduce((n, r) => n + r.length, 0), responses };
}

if (require.main === module) {
  let input = '';
  process.stdin.on('data', (d) => (input += d));
  process.stdin.on('end', () => {
    run(JSON.parse(input) as LoadPlan)
      .then((result) => process.stdout.write(JSON.stringify(result)))
      .catch((error) => {
        console.error(error);
        process.exit(1);
      });
  });
}
