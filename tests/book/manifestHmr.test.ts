// `npm run dev`: saving a chapter whose frontmatter did not change must not reload the page (the
// chapter module hot-updates in place); a frontmatter edit, a new or a removed chapter rebuild the
// manifest and reload (src/book/plugins/chapterManifestPlugin.ts).
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ViteDevServer } from 'vite';
import { chapterManifestPlugin } from '../../src/book/plugins/chapterManifestPlugin';

const chapter = (title: string, body: string) => `---\nnumber: 1\npart: I\ntitle: ${title}\nsummary: About it.\n---\n\n${body}\n`;

function setUp() {
  const root = mkdtempSync(join(tmpdir(), 'manifest-hmr-'));
  const dir = join(root, 'chapters');
  mkdirSync(dir);
  const file = join(dir, '01-one.mdx');
  writeFileSync(file, chapter('One', 'First text.'));
  const plugin = chapterManifestPlugin({ root });
  const manifest = { id: '\0virtual:chapter-manifest' };
  const chapterModule = { id: file };
  const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
  const server = {
    watcher,
    ws: { send: vi.fn() },
    moduleGraph: {
      getModuleById: (id: string) => (id === manifest.id ? manifest : undefined),
      getModulesByFile: (f: string) => (f === file ? new Set([chapterModule]) : undefined),
      invalidateModule: vi.fn(),
    },
  };
  (plugin.configureServer as (s: ViteDevServer) => void)(server as unknown as ViteDevServer);
  const load = () => (plugin.load as (this: unknown, id: string) => string)
    .call({ addWatchFile: () => undefined }, manifest.id);
  return { dir, file, server, manifest, chapterModule, load };
}

describe('chapter manifest in the dev server', () => {
  it('a prose edit changes nothing in the manifest: no reload, no invalidation', () => {
    const { file, server, load } = setUp();
    expect(load()).toContain('"title": "One"');
    writeFileSync(file, chapter('One', 'First text, with a typo fixed.'));
    server.watcher.emit('change', file);
    expect(server.ws.send).not.toHaveBeenCalled();
    expect(server.moduleGraph.invalidateModule).not.toHaveBeenCalled();
  });

  it('a frontmatter edit rebuilds the manifest and reloads; so does a broken frontmatter', () => {
    const { file, server, manifest, load } = setUp();
    load();
    writeFileSync(file, chapter('One, retitled', 'First text.'));
    server.watcher.emit('change', file);
    expect(server.moduleGraph.invalidateModule).toHaveBeenCalledWith(manifest);
    expect(server.ws.send).toHaveBeenCalledWith({ type: 'full-reload' });
    expect(load()).toContain('"title": "One, retitled"');

    server.ws.send.mockClear();
    writeFileSync(file, '---\ntitle: [unclosed\n---\n');
    server.watcher.emit('change', file);
    expect(server.ws.send).toHaveBeenCalledWith({ type: 'full-reload' });
    expect(load).toThrow(/chapters\/01-one\.mdx: frontmatter is not valid YAML/);
  });

  it('a new chapter reloads and recompiles every chapter (their links are checked against the list)', () => {
    const { dir, server, manifest, chapterModule, load } = setUp();
    load();
    const added = join(dir, '02-two.mdx');
    writeFileSync(added, chapter('Two', 'Second.').replace('number: 1', 'number: 2'));
    server.watcher.emit('add', added);
    expect(server.moduleGraph.invalidateModule).toHaveBeenCalledWith(manifest);
    expect(server.moduleGraph.invalidateModule).toHaveBeenCalledWith(chapterModule);
    expect(server.ws.send).toHaveBeenCalledWith({ type: 'full-reload' });
  });

  it('ignores files outside chapters/ and files that are not chapters', () => {
    const { dir, server, load } = setUp();
    load();
    server.watcher.emit('change', join(dir, 'notes.md'));
    server.watcher.emit('change', '/elsewhere/01-one.mdx');
    expect(server.ws.send).not.toHaveBeenCalled();
  });
});
