import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A learning record store on loopback that keeps statements as an LRS does
 * (xAPI 1.0.3 §2.1.3, PUT /statements?statementId=): a statement id is
 * stored once; the same statement again is a no-op (204), a different one
 * with that id a conflict (409). `failing` makes it answer 503.
 */
export interface LocalLrs {
  endpoint: string;
  statements: Map<string, unknown>;
  /** Every PUT it received, duplicates included. */
  puts: number;
  failing: boolean;
  authorizations: Set<string>;
  close(): Promise<void>;
}

async function read(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startLocalLrs(): Promise<LocalLrs> {
  const lrs: Omit<LocalLrs, 'endpoint' | 'close'> = { statements: new Map(), puts: 0, failing: false, authorizations: new Set() };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://lrs.local');
    const body = await read(request);
    if (lrs.failing) return void response.writeHead(503).end();
    if (request.method !== 'PUT' || url.pathname !== '/xapi/statements' || request.headers['x-experience-api-version'] !== '1.0.3') {
      return void response.writeHead(400).end('not an xAPI statement PUT');
    }
    lrs.puts += 1;
    lrs.authorizations.add(String(request.headers.authorization));
    const id = url.searchParams.get('statementId') ?? '';
    const known = lrs.statements.get(id);
    if (known !== undefined) return void response.writeHead(JSON.stringify(known) === body ? 204 : 409).end();
    lrs.statements.set(id, JSON.parse(body));
    response.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(lrs, {
    endpoint: `http://127.0.0.1:${port}/xapi`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
