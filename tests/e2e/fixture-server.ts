/**
 * The e2e fixture server on 127.0.0.1: serves tests/pages/<case>/… at /<case>/… and logs every
 * request, so tests can prove that only the fixture pages and their assets were fetched and that no
 * hostile vector reached the network (vectors point at /hit/<name>).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  origin: string;
  /** URL of a page case: tests/pages/<name>/source.html. */
  page(name: string): string;
  /** Every request path seen so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * @param generated pages made in memory, by path (e.g. the 8 MB stress page), served as HTML.
 */
export async function startFixtureServer(root: string, generated: Record<string, () => string> = {}): Promise<FixtureServer> {
  const requests: string[] = [];
  const made = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    requests.push(url.pathname + url.search);
    const make = generated[url.pathname];
    if (make) {
      if (!made.has(url.pathname)) made.set(url.pathname, make());
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' }).end(made.get(url.pathname));
      return;
    }
    const file = path.resolve(root, '.' + decodeURIComponent(url.pathname));
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(data);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    origin,
    page: (name) => `${origin}/${name}/source.html`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
