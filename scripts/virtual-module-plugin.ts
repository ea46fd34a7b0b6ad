/**
 * A Vite plugin that serves one virtual module (`virtual:…`), whose code `load` makes: the embedded
 * basemap and its names are each such a module, made at build time from npm data packages.
 */
import type { Plugin, Rolldown } from 'vite';

/** Makes the module's code; `building` is true in `vite build`, false in the dev server. */
export type VirtualModuleLoad = (this: Rolldown.PluginContext, building: boolean) => string | Promise<string>;

/** The plugin `name`, serving `moduleId` with the code `load` makes. */
export function virtualModulePlugin(name: string, moduleId: string, load: VirtualModuleLoad): Plugin {
  const resolved = `\0${moduleId}`;
  let building = false;
  return {
    name,
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(source) {
      return source === moduleId ? resolved : undefined;
    },
    load(id) {
      return id === resolved ? load.call(this, building) : undefined;
    },
  };
}
