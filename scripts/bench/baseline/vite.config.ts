import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The baseline page, built with the app's own Vite and React plugin and the same target. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { target: 'es2022', outDir: fileURLToPath(new URL('../../../bench-results/baseline-dist', import.meta.url)), emptyOutDir: true },
});
