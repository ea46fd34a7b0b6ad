/**
 * The browser's entry point: loads the styles and the story, takes over the prerendered page (or draws it
 * anew), and registers the offline cache.
 */
// First: the single file takes its own HTML before anything changes the page ("Save as one file").
import './story-package/page-source.ts';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import 'leaflet/dist/leaflet.css';
import './index.css';
import './editor/editor.css';
import './story-editor/story-editor-styles.css';
import './map/ink/ink.css';
import './presenter/presenter.css';
import './story-package/story-share.css';
import { HOME_ROUTE, hashFromRoute, routeFromHash } from './app/route.ts';
import { presenterStopFromHash } from './presenter/presenter-route.ts';
import { registerOfflineCache } from './offline/register-offline-cache.ts';
import { Root } from './Root.tsx';
import { fetchShownStory } from './story-package/shown-story.ts';
import type { ShownStory } from './story-package/story-source.ts';
import { isDraftPreview, loadDraftPreview } from './story-editor/draft-preview.ts';
import { installSymbolImages, preloadSymbolImages } from './ui/symbols.ts';


const root = document.getElementById('root');
/** The story editor's "Preview in the map" (`?preview=draft`): the draft kept in this browser, not the built story. */
const preview = isDraftPreview(window.location.search);
if (!root) throw new Error('index.html has no #root element');
/** Takes over the page once the story is loaded (no top-level await: the story's chunks import this one). */
function start(root: HTMLElement, shown: ShownStory) {
  const { load } = shown;
  // index.html already shows the fresh page, rendered at build time: the app takes it over in place.
  // A link to a place or a tour stop, a story that fails, or one opened or saved in place of the build's, is a different page: drawn anew.
  const { hash } = window.location;
  const freshPage = hashFromRoute(routeFromHash(hash)) === hashFromRoute(HOME_ROUTE) && presenterStopFromHash(hash) === null && !preview;
  // In a transition, React renders a few milliseconds at a time and lets the page answer input in
  // between; outside one, hydration is a single task of about 200 ms on a slow phone (4x CPU).
  if (root.firstElementChild && load.status === 'ready' && shown.source.kind === 'built' && freshPage) {
    startTransition(() => {
      hydrateRoot(root, <Root shown={shown} hash={window.location.hash} />);
    });
  } else {
    root.replaceChildren();
    const app = createRoot(root);
    startTransition(() => app.render(<Root shown={shown} hash={window.location.hash} />));
  }
}

/**
 * The story editor's draft as the story shown, as if opened (not kept: the editor keeps it): Share
 * story then exports it or saves it as one file.
 */
async function fetchDraftPreview(): Promise<ShownStory> {
  const [load, { currentDraftFiles }] = await Promise.all([loadDraftPreview(), import('./story-editor/current-draft.ts')]);
  const files = currentDraftFiles();
  return { load, source: load.status === 'ready' && files ? { kind: 'opened', name: 'the story editor’s draft', files, kept: false } : { kind: 'built' } };
}

installSymbolImages();
// The rest in tasks of their own, not in the one that evaluated this chunk: a slow phone spends tens of
// milliseconds on that evaluation alone.
setTimeout(() => {
  void (preview ? fetchDraftPreview() : fetchShownStory()).then((shown) => start(root, shown));
  // The map's chunk (Leaflet and the map's code) is fetched beside the story's, not once the story is in:
  // the same chunk that App's lazy StoryMap then finds loaded.
  void import('./map/StoryMap.tsx');
  setTimeout(() => void preloadSymbolImages(), 0);
  registerOfflineCache();
}, 0);
