// A deliberately plain static file server, like the cheapest static host: a path is served from its
// file, else from <path>/index.html, else 404.html with status 404. No SPA fallback, no rewrites.
// The site may be built for a sub-path (Vite's base): `base` is stripped from request paths first.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { test } from '@playwright/test';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 at a free port. */
export async function startStaticServer(dir: string, base = '/'): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer(async (req, res) => {
    const send = async (status: number, file: string) => {
      const body = await readFile(file);
      res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const notFound = join(root, '404.html');
      if (!path.startsWith(base) && `${path}/` !== base) return await send(404, notFound);
      path = path.slice(Math.min(base.length, path.length));
      const file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) return await send(404, notFound);
      if (await isFile(file)) return await send(200, file);
      if (await isFile(join(file, 'index.html'))) return await send(200, join(file, 'index.html'));
      return await send(404, notFound);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((ok, fail) => server.close((e) => (e ? fail(e) : ok()))),
  };
}

/**
 * For a spec file that reads the built site (PW_DIST, default dist) as a plain host serves it, under
 * PW_BASE (default /): one server for the file's tests. Returns the absolute URL of a route under the
 * base ('chapters/x', '' for home).
 */
export function serveBuiltSite(): (route: string) => string {
  let server: StaticServer | undefined;
  test.beforeAll(async () => {
    server = await startStaticServer(process.env.PW_DIST ?? 'dist', process.env.PW_BASE ?? '/');
  });
  test.afterAll(async () => {
    await server?.close();
  });
  return (route) => {
    if (!server) throw new Error('serveBuiltSite: the server starts in beforeAll; ask for URLs inside a test');
    return `${server.url}${route}`;
  };
}
