import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web app: sources in web/, built into dist/web, which the server serves with an SPA fallback. */
const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const apiProxy = { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } };

export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  plugins: [react()],
  css: { postcss: repoRoot },
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    host: '127.0.0.1',
    proxy: apiProxy,
    // the web imports shared/ (contracts, i18n) from outside its root
    fs: { allow: [repoRoot] },
  },
  preview: { host: '127.0.0.1', proxy: apiProxy },
});
