/**
 * The page's masthead: the article's dateline and headline (or that the story is loading), and its
 * tools (MastheadTools.tsx). Before it, out of sight until focused, the link that skips to the map.
 */
import type { ReactNode, Ref } from 'react';
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
