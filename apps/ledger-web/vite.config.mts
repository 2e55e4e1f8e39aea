import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The budget of JavaScript a browser loads before the first screen, gzip-compressed. */
const INITIAL_JAVASCRIPT_GZIP_BYTES_MAX = 300 * 1024;

/**
 * Fails the build when the initial JavaScript (the entry chunk and every chunk it imports statically)
 * exceeds the budget; chunks loaded on demand (the workspaces, the sign-in library) do not count.
 */
function initialJavaScriptBudget(): Plugin {
  return {
    name: 'initial-javascript-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (entry === undefined) return;
      const initial = new Set<string>([entry.fileName]);
      for (const fileName of initial) {
        const chunk = chunks.find((candidate) => candidate.fileName === fileName);
        for (const imported of chunk?.imports ?? []) initial.add(imported);
      }
      const bytes = chunks
        .filter((chunk) => initial.has(chunk.fileName))
        .reduce((sum, chunk) => sum + gzipSync(chunk.code).length, 0);
      const kilobytes = (bytes / 1024).toFixed(1);
      if (bytes > INITIAL_JAVASCRIPT_GZIP_BYTES_MAX) {
        this.error(
          `Initial JavaScript is ${kilobytes} KB gzip, more than the budget of ${INITIAL_JAVASCRIPT_GZIP_BYTES_MAX / 1024} KB`,
        );
      }
      this.info(
        `initial JavaScript ${kilobytes} KB gzip (budget ${INITIAL_JAVASCRIPT_GZIP_BYTES_MAX / 1024} KB)`,
      );
    },
  };
}

/**
 * The web application: built into `dist/apps/ledger-web` (or WEB_BUILD_OUT_DIR), which the service
 * serves at `/`. `npm run dev:web` serves it from source and sends API requests to a running service.
 */
export default defineConfig({
  root: HERE,
  base: '/',
  plugins: [initialJavaScriptBudget()],
  build: {
    outDir: process.env['WEB_BUILD_OUT_DIR'] ?? resolve(HERE, '../../dist/apps/ledger-web'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // React libraries mark their modules "use client" for server rendering, which this bundle does not do.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  server: {
    proxy: Object.fromEntries(
      ['/funds', '/ledger', '/auth', '/docs', '/health'].map((path) => [path, 'http://127.0.0.1:3000']),
    ),
  },
});
