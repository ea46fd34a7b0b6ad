/** The name a story's package or single file is downloaded under, from its headline. */

/** Longest name before the extension: a headline is a sentence, a file name a few words of it. */
const MAX_NAME_LENGTH = 60;

/** `Trump Demonstrates the Pitfalls…` -> `trump-demonstrates-the-pitfalls-of-intel-sharing-to-prevent.json`: whole words, lower case, ASCII. */
export function storyFileName(headline: string, extension: 'json' | 'html'): string {
  const words = headline.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[a-z0-9]+/g) ?? [];
  let name = '';
  for (const word of words) {
    const longer = name ? `${name}-${word}` : word;
    if (longer.length > MAX_NAME_LENGTH) break;
    name = longer;
  }
  return `${name || 'story'}.${extension}`;
}
