/** The files of a story folder as the validator takes them: name → text, JSON and GeoJSON only. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function readStoryFolder(folder: string): Record<string, string> {
  const names = readdirSync(folder).filter((name) => /\.(geo)?json$/.test(name));
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
}
