/**
 * Vite plugin: `virtual:story-stamp`, the fingerprints of the story folder's files (src/story/
 * fingerprint.ts), made at build time once the story has passed the validator (the build fails
 * otherwise). The page reads files that match as they are, without loading the validator; any file
 * that does not match, or a story in the dev server (whose stamp is null), is validated as before.
 */
import { fingerprint } from '../src/story/fingerprint.ts';
import { readStory } from './prerender-plugin.ts';
import { readStoryFolder } from './story-folder.ts';
import { virtualModulePlugin } from './virtual-module-plugin.ts';

export const STAMP_MODULE = 'virtual:story-stamp';

export function storyStamp(folder: string) {
  return virtualModulePlugin('story-stamp', STAMP_MODULE, async (building) => {
    if (!building) return 'export default null;';
    await readStory(folder);
    const stamp = Object.fromEntries(Object.entries(readStoryFolder(folder)).map(([name, text]) => [name, fingerprint(text)]));
    return `/** The fingerprints of the story files the build validated (scripts/story-stamp-plugin.ts). */\nexport default ${JSON.stringify(stamp)};\n`;
  });
}
