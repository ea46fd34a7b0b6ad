/**
 * The sidebar's frame: the Article and Places tabs, and the Raise and Lower button of the sheet on a phone.
 */
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { SidebarTab } from './app-state.ts';

const TABS: { id: SidebarTab; label: string }[] = [
  { id: 'article', label: 'Article' },
  { id: 'places', label: 'Places' },
];

/**
 * The article and the places list, as tabs beside the map on a wide screen and as a sheet the reader
 * raises and lowers on a phone. Arrow keys move between the tabs, as in any tab list.
 */
export function Sidebar({ tab, sheetOpen, onTab, onSheet, article, places }: {
  tab: SidebarTab;
  sheetOpen: boolean;
  onTab: (tab: SidebarTab) => void;
  onSheet: (open: boolean) => void;
  article: ReactNode;
  places: ReactNode;
}) {
  const tabRefs = useRef(new Map<SidebarTab, HTMLButtonElement>());
  // A tab's content is made the first time it is chosen, and kept: a story of thousands of places
  // would otherwise build its whole list on the way to the first view.
  const [opened, setOpened] = useState<ReadonlySet<SidebarTab>>(() => new Set([tab]));
  if (!opened.has(tab)) setOpened(new Set([...opened, tab]));
  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = TABS[(TABS.findIndex((t) => t.id === tab) + 1) % TABS.length]?.id ?? 'article';
    onTab(next);
    tabRefs.current.get(next)?.focus();
  }
  return (
    <section className={sheetOpen ? 'sidebar is-open' : 'sidebar'} aria-label="Article and places">
      <div className="sidebar-bar">
        <div role="tablist" aria-label="Article and places" className="tabs" onKeyDown={onKeyDown}>
          {TABS.map(({ id, label }) => (
            <button
              key={id}
              ref={(element) => {
                if (element) tabRefs.current.set(id, element);
              }}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`tabpanel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              className="tab"
              onClick={() => onTab(id)}
            >
              {label}
            </button>
          ))}
        </div>
        <button type="button" className="text-button sheet-toggle" aria-expanded={sheetOpen} onClick={() => onSheet(!sheetOpen)}>
          {sheetOpen ? 'Lower' : 'Raise'}
        </button>
      </div>
      <div role="tabpanel" id="tabpanel-article" aria-labelledby="tab-article" className="tabpanel" hidden={tab !== 'article'}>
        {opened.has('article') && article}
      </div>
      <div role="tabpanel" id="tabpanel-places" aria-labelledby="tab-places" className="tabpanel" hidden={tab !== 'places'}>
        {opened.has('places') && places}
      </div>
    </section>
  );
}
