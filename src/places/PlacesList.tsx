import { useId, useState, type ReactNode } from 'react';
import { formatDateRange } from '../story/format.ts';
import { LAYER_LABELS } from '../story/layers.ts';
import type { StoryFeature } from '../story/schema.ts';
import { FeatureSwatch } from '../ui/Swatches.tsx';
import { placeGroups } from './place-groups.ts';

/**
 * Every feature that shows on the map, grouped by layer, with a filter box: the screen reader's way
 * through the map, in step with the layers and the timeline. `actions` (printing the handouts) stand
 * beside its title.
 */
export function PlacesList({ features, total, selectedId, onSelect, actions }: {
  features: readonly StoryFeature[];
  total: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
  actions?: ReactNode;
}) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const groups = placeGroups(features, filter);
  const shown = groups.reduce((sum, group) => sum + group.features.length, 0);
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
        <input id={filterId} type="search" className="filter" value={filter} autoComplete="off" onChange={(event) => setFilter(event.target.value)} />
        <p className="places-count" role="status">
          {shown} of {total} places shown
          {shown < total && ' (layers, timeline or filter hide the others)'}
        </p>
        {groups.map((group) => (
          <section key={group.layer} aria-labelledby={`places-${group.layer}`}>
            <h3 id={`places-${group.layer}`}>
              {LAYER_LABELS[group.layer].plural} <span className="group-count">({group.features.length})</span>
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
