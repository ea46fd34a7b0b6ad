/**
 * The sidebar's Places tab: every feature shown, listed by layer, with a filter box that narrows the map too.
 */
import { useId, type ReactNode } from 'react';
import { formatDateRange } from '../story/format.ts';
import { useStoryWords } from '../ui/story-words.ts';
import type { StoryFeature } from '../story/schema.ts';
import { FeatureSwatch } from '../ui/Swatches.tsx';
import { useSettled } from '../ui/use-settled.ts';
import { placesCountText } from './place-filter.ts';
import { listOrder } from './list-order.ts';

/**
 * Every feature that the layers and the timeline let show, grouped by layer, with a filter box that
 * narrows the map as it narrows the list: the screen reader's way through the map. The count says
 * how many the map shows, and a screen reader hears it once typing pauses. `actions` (printing the
 * handouts) stand beside its title.
 */
export function PlacesList({ features, total, selectedId, filter, onFilter, onSelect, actions }: {
  features: readonly StoryFeature[];
  total: number;
  selectedId: string | null;
  /** The typed filter; its home is the app's state, as the map follows it too. */
  filter: string;
  onFilter: (filter: string) => void;
  onSelect: (id: string) => void;
  actions?: ReactNode;
}) {
  const filterId = useId();
  const words = useStoryWords();
  const groups = listOrder(features, filter);
  const shown = groups.reduce((sum, group) => sum + group.features.length, 0);
  const listed = (id: string) => groups.some((group) => group.features.some((feature) => feature.id === id));
  const kept = selectedId && !listed(selectedId) ? features.find((feature) => feature.id === selectedId)?.properties.name : undefined;
  const count = placesCountText({ shown, total, filtered: filter.trim() !== '', kept });
  const announced = useSettled(count);
  return (
    <div className="places-panel">
      {/* Beside the title, but outside the navigation: they print, they do not go anywhere. */}
      {actions && <div className="places-actions">{actions}</div>}
      <nav className="places" aria-labelledby="places-title">
        <h2 id="places-title" className="places-title">
          Places
        </h2>
        <label htmlFor={filterId} className="filter-label">
          Filter places
        </label>
        <input id={filterId} type="search" className="filter" value={filter} autoComplete="off" onChange={(event) => onFilter(event.target.value)} />
        {/* Seen at once; heard (the same words) from the live region, once typing pauses. */}
        <p className="places-count" aria-hidden="true">
          {count}
        </p>
        <p className="visually-hidden" role="status">
          {announced}
        </p>
        {groups.map((group) => (
          <section key={group.layer} aria-labelledby={`places-${group.layer}`}>
            <h3 id={`places-${group.layer}`}>
              {words.layers[group.layer].plural} <span className="group-count">({group.features.length})</span>
            </h3>
            <ul>
              {group.features.map((feature) => {
                const when = formatDateRange(feature.properties.date, feature.properties.endDate, feature.properties.datePrecision);
                return (
                  <li key={feature.id}>
                    <button
                      type="button"
                      className="place-entry"
                      aria-current={feature.id === selectedId ? 'true' : undefined}
                      aria-describedby={when ? `place-date-${feature.id}` : undefined}
                      onClick={() => onSelect(feature.id)}
                    >
                      <FeatureSwatch properties={feature.properties} />
                      <span className="place-name">{feature.properties.name}</span>
                    </button>
                    {when && (
                      <span id={`place-date-${feature.id}`} className="place-date">
                        {when}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </nav>
    </div>
  );
}
