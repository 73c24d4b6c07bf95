// Bundles bench/engine/entry.ts into one ES module (tfjs included) that Node and Chromium can load.
import { defineConfig } from 'vite';

export default defineConfig({
  resolve: { alias: { util: new URL('./util-shim.ts', import.meta.url).pathname } },
  logLevel: 'warn',
  build: {
    target: 'es2022',
    minify: false,
    emptyOutDir: true,
    lib: { entry: new URL('./entry.ts', import.meta.url).pathname, formats: ['es'], fileName: () => 'bench.mjs' },
  },
});
