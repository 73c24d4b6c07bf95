// Prerendering at build time (called by staticRoutesPlugin once the client bundle is written): Vite's
// SSR build turns src/book/serverEntry.tsx, with the same plugins (MDX, KaTeX, code highlighting) into
// a Node module in a scratch folder, which renders each route with React's `prerender`; the HTML
// goes inside `<div id="root">` of that route's file, with `data-route` naming the route so the
// browser hydrates only a page that matches its address (src/main.tsx).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type ResolvedConfig } from 'vite';

export const SERVER_ENTRY = 'src/book/serverEntry.tsx';
const EMPTY_ROOT = '<div id="root"></div>';

export interface ServerRenderer {
  prerenderRoutes(): string[];
  renderRoute(route: string): Promise<string>;
  NOT_FOUND_ROUTE: string;
}

/**
 * Builds the server entry with the app's own Vite config (as an SSR build, so the config's plugins
 * that apply only to the client build stay out) and loads it. The scratch folder sits under
 * node_modules/.cache so that the module's imports of react, react-dom and wouter resolve.
 */
export async function loadServerRenderer(config: ResolvedConfig): Promise<{ renderer: ServerRenderer; dispose(): Promise<void> }> {
  const cache = join(config.root, 'node_modules', '.cache', 'book-prerender');
  await mkdir(cache, { recursive: true });
  const outDir = await mkdtemp(join(cache, 'build-'));
  try {
    await build({
      configFile: config.configFile,
      root: config.root,
      mode: config.mode,
      base: config.base,
      logLevel: 'warn',
      clearScreen: false,
      build: {
        ssr: SERVER_ENTRY,
        outDir,
        emptyOutDir: true,
        copyPublicDir: false,
        manifest: false,
        minify: false,
        sourcemap: false,
        reportCompressedSize: false,
        rolldownOptions: { output: { entryFileNames: 'server-entry.mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' } },
      },
    });
    const renderer = (await import(pathToFileURL(join(outDir, 'server-entry.mjs')).href)) as ServerRenderer;
    return { renderer, dispose: () => rm(outDir, { recursive: true, force: true }) };
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}

/** Puts the rendered markup inside the page's empty #root and names the route it shows. */
export function injectRoot(html: string, route: string, markup: string): string {
  const at = html.indexOf(EMPTY_ROOT);
  if (at < 0 || html.indexOf(EMPTY_ROOT, at + 1) >= 0) {
    throw new Error(`prerender: the page for ${route} must have exactly one empty ${EMPTY_ROOT}`);
  }
  const attr = route.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `${html.slice(0, at)}<div id="root" data-route="${attr}">${markup}</div>${html.slice(at + EMPTY_ROOT.length)}`;
}
