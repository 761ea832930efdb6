// A tiny HTTP server on loopback for the demo, the browser benchmark and the e2e tests. Chromium
// reaches it as http://www.example.gov.cn/… through --host-resolver-rules, so the content script
// (which matches *.gov.cn) runs on it while no request ever leaves the machine.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
  body: string | Buffer;
  /** Full Content-Type header, e.g. 'text/html; charset=GBK'. */
  type: string;
  /** Answer only after this long (a slow page, for timeouts). */
  delayMs?: number;
}

/** Keys are paths ('/xsxc/a.html') or host + path ('www.example.gov.cn/xsxc/a.html'). */
export type Routes = Map<string, Served>;

export interface StaticServer {
  port: number;
  routes: Routes;
  /** Paths requested so far, in order (host + path), for assertions and debugging. */
  requests: string[];
  close(): Promise<void>;
}

export async function startServer(routes: Routes = new Map()): Promise<StaticServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(host + path);
    const hit = routes.get(host + path) ?? routes.get(path);
    if (!hit) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    const answer = () => {
      res.writeHead(200, { 'Content-Type': hit.type, 'Cache-Control': 'no-store' });
      res.end(hit.body);
    };
    if (hit.delayMs) setTimeout(answer, hit.delayMs);
    else answer();
  });
  // Keep-alive sockets would hold close() open until they time out.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    routes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
