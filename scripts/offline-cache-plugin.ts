/**
 * Vite plugin: writes `sw.js`, the service worker that keeps the served build for visits with no
 * network (src/offline/service-worker.js), with this build's list of files and a version that changes
 * whenever any of them does, so that a new build replaces the old cache.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import type { Plugin } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';

export function offlineCache(publicDir: string): Plugin {
  return {
    name: 'offline-cache',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const built = Object.values(bundle).map((file) => file.fileName);
      const files = [...built, ...readdirSync(publicDir)].filter((name) => name !== 'index.html').sort();
      const hash = createHash('sha256');
      for (const file of Object.values(bundle)) hash.update(file.fileName).update(file.type === 'chunk' ? file.code : file.source);
      for (const name of readdirSync(publicDir)) hash.update(name).update(readFileSync(`${publicDir}/${name}`));
      const build = { files: files.map((name) => `./${name}`), version: hash.digest('hex').slice(0, 16) };
      const source = readFileSync('src/offline/service-worker.js', 'utf8');
      if (!source.includes('self.__BUILD__')) throw new Error('src/offline/service-worker.js: no self.__BUILD__ to put the file list in');
      this.emitFile({
        type: 'asset',
        fileName: SERVICE_WORKER_FILE,
        source: source.replace('self.__BUILD__', JSON.stringify(build)),
      });
    },
  };
}
