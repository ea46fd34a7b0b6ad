/**
 * The page's masthead: the article's dateline and headline (or that the story is loading), and its
 * tools (MastheadTools.tsx). Before it, out of sight until focused, the link that skips to the map.
 * The tab is titled by the story shown, as the build titles the page of its own: a story opened, kept
 * or previewed in the page has its own headline there too.
 */
import { useEffect, type ReactNode, type Ref } from 'react';
import { MastheadTools, type PresentButton } from './MastheadTools.tsx';
import { dateline } from '../story/format.ts';
import type { Article } from '../story/schema.ts';

export function Masthead({ article, presenting, onSkipToMap, present, presentRef, onlineTiles, onOnlineTiles, children }: {
  article: Article | undefined;
  presenting: boolean;
  onSkipToMap: () => void;
  present: PresentButton | null;
  presentRef: Ref<HTMLButtonElement>;
  onlineTiles: boolean;
  onOnlineTiles: (on: boolean) => void;
  /** More tools (the tour editor's button). */
  children?: ReactNode;
}) {
  const headline = article?.headline;
  useEffect(
    function titleTheTab() {
      if (headline) document.title = `Story map: ${headline}`;
    },
    [headline],
  );
  return (
    <>
      {!presenting && (
        <button type="button" className="skip-link" onClick={onSkipToMap}>
          Skip to the map
        </button>
      )}
      <header className="masthead">
        <div className="titles">
          <p className="kicker">{article ? dateline(article) : 'Story map'}</p>
          <h1>{article?.headline ?? 'Loading the story…'}</h1>
        </div>
        <MastheadTools present={present} presentRef={presentRef} onlineTiles={onlineTiles} onOnlineTiles={onOnlineTiles}>
          {children}
        </MastheadTools>
      </header>
    </>
  );
}
