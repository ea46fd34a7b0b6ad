/**
 * Vitest global setup of the browser tests: serves the production build (`dist/`, made by `npm test`
 * before Vitest starts) on localhost, and hands its address to the tests.
 */
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: the browser tests run on the production build; run `npm test`, which builds first');
  }
  server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async function teardown() {
    await server?.close();
  };
}
