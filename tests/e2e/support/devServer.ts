// `npm run dev` on a throw-away copy of the project, for tests that edit chapters and source files the
// way an author does. The copy (index.html, configs, src/, chapters/, public/; node_modules linked) lives
// in the system's temp folder, so a test never modifies the checkout, even when it is killed halfway.
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';

const PROJECT = resolve(import.meta.dirname, '../../..');
const COPIED = ['index.html', 'package.json', 'tsconfig.json', 'vite.config.ts', 'src', 'chapters', 'public'];

export interface DevServerCopy {
  /** The copy's folder (its own chapters/ and src/). */
  root: string;
  /** http://127.0.0.1:<port> */
  url: string;
  /** Rewrites a file of the copy (path relative to its root); fails when `change` changes nothing. */
  edit(path: string, change: (text: string) => string): void;
  close(): Promise<void>;
}

export async function startDevServerOnCopy(prepare?: (root: string) => void): Promise<DevServerCopy> {
  const root = mkdtempSync(join(tmpdir(), 'book-dev-'));
  for (const name of COPIED) cpSync(join(PROJECT, name), join(root, name), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  prepare?.(root);
  let server: ViteDevServer | undefined;
  try {
    server = await createServer({
      root,
      configFile: join(root, 'vite.config.ts'),
      cacheDir: join(root, '.vite-cache'), // never the checkout's node_modules/.vite
      logLevel: 'warn',
      clearScreen: false,
      server: {
        host: '127.0.0.1',
        port: 0, // any free port: never clashes with another server on the machine
        strictPort: true,
        fs: { allow: [root, realpathSync(join(PROJECT, 'node_modules'))] },
      },
    });
    await server.listen();
  } catch (error) {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the dev server has no TCP address');
  const running = server;
  return {
    root,
    url: `http://127.0.0.1:${address.port}`,
    edit(path, change) {
      const file = join(root, path);
      const before = readFileSync(file, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`edit of ${path} changed nothing (has its text changed?)`);
      writeFileSync(file, after);
    },
    async close() {
      await running.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
