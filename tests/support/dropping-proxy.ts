import net from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP proxy in front of a test server that can cut the network, as a flaky Wi-Fi or a
 * sleeping laptop does: the browser talks to `url`, the test drops every connection at once
 * (the WebSocket sees an abnormal close, 1006) and refuses new ones until `restore()`. The
 * server itself stays up and reachable directly, so another user can change data meanwhile.
 */
export interface DroppingProxy {
  /** http://localhost:<port>, to open the dashboard through. */
  url: string;
  /** Connections open through the proxy now. */
  readonly open: number;
  /** Cuts every open connection and refuses new ones. */
  drop(): void;
  /** Lets connections through again. */
  restore(): void;
  close(): Promise<void>;
}

export async function startDroppingProxy(targetPort: number): Promise<DroppingProxy> {
  const pairs = new Set<[net.Socket, net.Socket]>();
  let down = false;

  const server = net.createServer((incoming) => {
    if (down) {
      incoming.destroy();
      return;
    }
    const outgoing = net.connect({ port: targetPort, host: 'localhost' });
    const pair: [net.Socket, net.Socket] = [incoming, outgoing];
    pairs.add(pair);
    const cut = () => {
      pairs.delete(pair);
      incoming.destroy();
      outgoing.destroy();
    };
    // Either side ending or failing ends both, like one broken connection would.
    for (const socket of pair) {
      socket.on('error', cut);
      socket.on('close', cut);
    }
    incoming.pipe(outgoing);
    outgoing.pipe(incoming);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, resolve);
  });
  const { port } = server.address() as AddressInfo;

  const cutAll = () => {
    for (const [incoming, outgoing] of [...pairs]) {
      // resetAndDestroy sends RST: the browser learns at once, as when a network goes away.
      incoming.resetAndDestroy();
      outgoing.destroy();
    }
    pairs.clear();
  };

  return {
    url: `http://localhost:${port}`,
    get open() {
      return pairs.size;
    },
    drop() {
      down = true;
      cutAll();
    },
    restore() {
      down = false;
    },
    close: async () => {
      cutAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
