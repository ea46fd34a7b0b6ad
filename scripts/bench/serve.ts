/** Serves a build folder on localhost (Vite's preview server, on a free port). */
import { preview, type PreviewServer } from 'vite';

export interface Served {
  server: PreviewServer;
  url: string;
}

export async function serve(outDir: string): Promise<Served> {
  const server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error(`no port for ${outDir}`);
  return { server, url: `http://127.0.0.1:${address.port}/` };
}
