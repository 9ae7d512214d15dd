/**
 * A tiny static file server on 127.0.0.1 for the e2e test and the demo: the built task pane,
 * plus a few extra routes (the stub office.js, the fixtures, the demo page). No dependencies.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A route's answer: a file on disk or a body held in memory. */
export type Route = { file: string } | { body: string | Uint8Array; type: string };

export interface StaticServerOptions {
  /** Directory served at "/". */
  root: string;
  /** Exact paths ("/office-js/office.js") answered before the directory; they win over files. */
  routes?: Record<string, Route>;
  /** Directories served under a prefix: { '/fixtures/': 'test/fixtures' }. */
  mounts?: Record<string, string>;
  /** 0 (default) picks a free port. */
  port?: number;
}

export interface RunningServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  port: number;
  /** Paths requested, in order (for assertions and debugging). */
  requests: string[];
  close(): Promise<void>;
}

function typeOf(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The file under `dir` that `rel` names, or null when it would escape `dir`. */
function inside(dir: string, rel: string): string | null {
  const base = path.resolve(dir);
  const file = path.resolve(base, '.' + path.posix.normalize('/' + rel));
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

export async function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const requests: string[] = [];
  const routes = options.routes ?? {};
  const mounts = Object.entries(options.mounts ?? {});

  async function resolve(pathname: string): Promise<Route | null> {
    if (routes[pathname]) return routes[pathname];
    for (const [prefix, dir] of mounts) {
      if (pathname.startsWith(prefix)) {
        const file = inside(dir, pathname.slice(prefix.length));
        return file ? { file } : null;
      }
    }
    const file = inside(options.root, pathname === '/' ? 'index.html' : pathname);
    return file ? { file } : null;
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    requests.push(pathname);
    void (async () => {
      const route = await resolve(pathname);
      if (route && 'body' in route) {
        res.writeHead(200, { 'Content-Type': route.type, 'Cache-Control': 'no-store' });
        res.end(route.body);
        return;
      }
      const info = route ? await stat(route.file).catch(() => null) : null;
      if (!route || !info?.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${pathname}`);
        return;
      }
      res.writeHead(200, { 'Content-Type': typeOf(route.file), 'Content-Length': info.size, 'Cache-Control': 'no-store' });
      if (req.method === 'HEAD') res.end();
      else createReadStream(route.file).pipe(res);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
