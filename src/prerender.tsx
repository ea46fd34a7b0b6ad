/**
 * Renders the fresh page to HTML at build time, from the story in `geo/`, so that index.html shows the
 * headline, the article and the places with their passages before any script runs (and with scripts
 * off). In the browser the same tree hydrates that markup.
 */
import { renderToString } from 'react-dom/server';
import { Root } from './Root.tsx';
import type { Story } from './story/validate-story.ts';

export function prerenderPage(story: Story): string {
  return renderToString(<Root shown={{ load: { status: 'ready', story }, source: { kind: 'built' } }} hash="" />);
}
