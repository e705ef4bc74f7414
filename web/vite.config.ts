/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

// The domain package is consumed from source: its dist may not be built during development,
// and one copy of the rules keeps browser and server validation identical.
const domainSource = decodeURIComponent(new URL('../packages/domain/src/index.ts', import.meta.url).pathname);
const domainDir = decodeURIComponent(new URL('../packages/domain/src/', import.meta.url).pathname);

export default defineConfig({
  plugins: [
    react(),
    // Brotli and gzip copies next to each hashed asset (x.js.br, x.js.gz), made once at build:
    // the server picks one by Accept-Encoding instead of compressing on every request.
    compression({ algorithms: ['brotliCompress', 'gzip'], include: /\.(js|mjs|css|svg|json)$/ }),
  ],
  resolve: {
    alias: { '@berth/domain': domainSource },
  },
  server: {
    proxy: {
      // One port serves HTTP and WebSocket on the server, so one proxy entry carries both. The
      // Host header stays the dev server's, so the server sees the socket's Origin as its own.
      '/graphql': { target: 'http://localhost:4000', changeOrigin: false, ws: true },
      // Card file uploads and the import template (POST /api/imports, GET /api/imports/template.xlsx).
      '/api': { target: 'http://localhost:4000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // The domain package is pure by charter (no IO, no globals), so what the web does not
      // import stays out of the bundle: above all the phone metadata and the Public Suffix List
      // behind the server's duplicate keys (~190 kB). Everything else keeps the default.
      treeshake: { moduleSideEffects: (id) => (id.startsWith(domainDir) ? false : undefined) },
    },
  },
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // Above Testing Library's wait ceiling (setup.ts), so a slow render waits instead of failing.
    testTimeout: 30_000,
  },
});
