/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypePrettyCode from 'rehype-pretty-code';
import { remarkSourceRegions } from './src/book/plugins/remarkSourceRegions.ts';
import { remarkChapterLinks } from './src/book/plugins/remarkChapterLinks.ts';
import { remarkWidgetKeys } from './src/book/plugins/remarkWidgetKeys.ts';
import { rehypeStaticMarkup } from './src/book/plugins/rehypeStaticMarkup.ts';
import { chapterManifestPlugin } from './src/book/plugins/chapterManifestPlugin.ts';
import { ChapterDependencies, chapterDependenciesPlugin } from './src/book/plugins/chapterDependencies.ts';
import { katexFormulasPlugin } from './src/book/plugins/katexFormulasPlugin.ts';
import { permalinkProperties } from './src/book/plugins/permalinks.ts';
import { cspPlugin } from './src/book/plugins/cspPlugin.ts';
import { staticRoutesPlugin } from './src/book/plugins/staticRoutesPlugin.ts';
import { untimedHighlighter } from './src/book/plugins/highlighter.ts';
import { searchIndexPlugin } from './src/book/plugins/searchIndexPlugin.ts';
import { serviceWorkerPlugin } from './src/book/plugins/serviceWorker.ts';

const root = import.meta.dirname;
// What each chapter read at compile time besides itself (quoted source files, other chapters' headings).
const chapterDependencies = new ChapterDependencies();

export default defineConfig({
  // BASE_PATH=/book/ builds the site for a sub-path (the router, assets and static pages follow it).
  base: process.env.BASE_PATH ?? '/',
  plugins: [
    // MDX runs before the React plugin so that .mdx is compiled to JSX first. A chapter module exports
    // only its component (no `frontmatter` export: the manifest plugin reads frontmatter itself), so
    // React Fast Refresh updates a saved chapter in place in `npm run dev`.
    {
      enforce: 'pre',
      ...mdx({
        providerImportSource: undefined,
        remarkPlugins: [
          remarkFrontmatter,
          remarkGfm,
          remarkMath,
          [remarkSourceRegions, { root, dependencies: chapterDependencies }],
          [remarkChapterLinks, { chaptersDir: `${root}/chapters`, root, dependencies: chapterDependencies }],
          // Top-level components keyed by name and count: a widget keeps its state when prose above it changes.
          remarkWidgetKeys,
        ],
        rehypePlugins: [
          [rehypeKatex, { strict: false }],
          rehypeSlug,
          [rehypeAutolinkHeadings, { behavior: 'append', properties: permalinkProperties }],
          // Themes chosen for contrast: every token keeps 4.5:1 on --code-bg (axe checks it in both themes;
          // github-light's orange and github-dark's comments do not).
          [rehypePrettyCode, { theme: { light: 'github-light-high-contrast', dark: 'github-dark-default' }, keepBackground: false, getHighlighter: untimedHighlighter }],
          // Last: formulas and highlighted code become HTML strings React inserts without walking them (smaller, faster hydration).
          rehypeStaticMarkup,
        ],
      }),
    },
    react({ include: /\.(mdx|js|jsx|ts|tsx)$/ }),
    // `virtual:chapter-manifest`: every chapter's frontmatter, read at build time (src/book/plugins/).
    chapterManifestPlugin({ root }),
    // The search index: dist/assets/search-index-<hash>.json, served from memory in dev (src/book/plugins/).
    searchIndexPlugin({ root }),
    // Dev server: saving a file a chapter quotes (or whose headings it links to) hot-updates that chapter.
    chapterDependenciesPlugin(chapterDependencies),
    // `virtual:katex-formulas`: the widgets' TeX tables typeset to KaTeX HTML at build time (src/book/plugins/).
    katexFormulasPlugin({
      root,
      tables: [
        {
          file: 'src/widgets/kit/activations.ts',
          pick: (m) => Object.values(m.ACTIVATION_PRESENTATION as Record<string, { tex: string; dtex: string }>).flatMap((p) => [p.tex, p.dtex]),
        },
        { file: 'src/widgets/SchedulePlotter/formulas.ts', pick: (m) => Object.values(m.SCHEDULE_FORMULAS as Record<string, string>) },
      ],
    }),
    // The Content-Security-Policy <meta> of the built site (src/book/plugins/cspPlugin.ts).
    cspPlugin(),
    // Per-chapter HTML files, 404.html, sitemap.xml, robots.txt; after the CSP (src/book/plugins/staticRoutesPlugin.ts).
    staticRoutesPlugin({ root, siteUrl: process.env.SITE_URL }),
    // sw.js (offline reading): lists every file of the build, so it is written last (src/book/plugins/serviceWorker.ts).
    serviceWorkerPlugin(),
  ],
  build: {
    // The largest chunk is the in-page code editor (CodeMirror + Sucrase, about 700 kB), which loads only
    // when a reader opens it; chapter pages are held to 250 kB gzip by tests/book/bundle-size.test.ts.
    chunkSizeWarningLimit: 750,
    // dist/.vite/manifest.json: the chunk graph tests/book/bundle-size.test.ts measures.
    manifest: true,
    rolldownOptions: {
      // Rolldown's "plugins took significant time" report: the MDX and prerender steps always do.
      checks: { bundlerTimings: false },
      output: {
        codeSplitting: {
          groups: [
            // use-sync-external-store is used by wouter (every page) as well as by the chart libraries:
            // kept with React so the entry does not pull in the charts chunk.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store)[\\/]/ },
            { name: 'katex', test: /node_modules[\\/]katex[\\/]/ },
            { name: 'charts', test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|@reduxjs|immer|reselect|redux|react-redux|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant|clsx)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    // Build output and test artefacts are not sources: a build in another terminal must not reload
    // the page an author is editing (Vite reloads on any changed .html it watches).
    watch: { ignored: ['**/dist/**', '**/dist-*/**', '**/test-results*/**', '**/screenshots/**', '**/playwright-report/**'] },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    environment: 'node', // component tests opt in with a `// @vitest-environment happy-dom` docblock
    testTimeout: 20_000,
  },
});
