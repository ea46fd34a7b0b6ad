/**
 * A story file's fingerprint: its length and an FNV-1a hash of its text. The build stamps the files
 * it validated with theirs (scripts/story-stamp-plugin.ts); the page takes a file whose fingerprint
 * matches as checked already. A check against accident (a file changed after the build), not
 * against an attacker, who could as well change the script.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}
