/** What the build plugins that rewrite the built index.html share. */
import type { Plugin, Rolldown } from 'vite';

/** A build plugin that rewrites the built index.html, last, with the whole bundle at hand. */
export function pagePlugin(name: string, rewrite: (html: string, bundle: Rolldown.OutputBundle) => string): Plugin {
  return {
    name,
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') throw new Error(`${name}: no index.html in the bundle`);
      page.source = rewrite(String(page.source), bundle);
    },
  };
}
