/** The timeline under the map: the Date slider, the Play button and the chart of deaths per month. */
import { memo, useEffect, useId, useMemo, useState } from 'react';
import type { StoryFeature } from '../story/schema.ts';
import type { Month } from '../story/visibility.ts';
import { formatMonth } from '../story/format.ts';
import { deathsByMonth } from './deaths-by-month.ts';

/** How long each month shows while playing, in milliseconds. */
export const PLAY_STEP_MS = 700;

const CHART = { barWidth: 8, gap: 2, height: 44 };

/**
 * A month slider named "Date" that hides dated features after its month, a play button that steps
 * through the months, and a small chart of deaths per month. Undated features are never hidden.
 * Memoised: choosing a place re-renders the page, not the timeline.
 */
export const Timeline = memo(function Timeline({ features, months, until, onChange }: {
  features: readonly StoryFeature[];
  months: readonly Month[];
  until: Month | null;
  onChange: (until: Month | null) => void;
}) {
  const sliderId = useId();
  const [playing, setPlaying] = useState(false);
  const last = months.length - 1;
  const index = until === null ? last : Math.max(0, months.indexOf(until));
  const bars = useMemo(() => deathsByMonth(features, months), [features, months]);
  const most = Math.max(1, ...bars.map((bar) => bar.deaths));

  function show(i: number) {
    onChange(i >= last ? null : (months[i] ?? null));
  }

  useEffect(
    function stepWhilePlaying() {
      if (!playing) return undefined;
      if (index >= last) {
        setPlaying(false);
        return undefined;
      }
      const next = index + 1;
      const timer = window.setTimeout(() => onChange(next >= last ? null : (months[next] ?? null)), PLAY_STEP_MS);
      return function stopStep() {
        window.clearTimeout(timer);
      };
    },
    [playing, index, last, months, onChange],
  );

  function togglePlay() {
    if (!playing && index >= last) show(0);
    setPlaying(!playing);
  }

  if (months.length === 0) return null;
  const current = months[index] ?? '';
  const label = until === null ? `All dates, to ${formatMonth(current)}` : `Up to ${formatMonth(current)}`;
  const chartLabel = `Deaths on record per month: ${bars
    .filter((bar) => bar.deaths > 0)
    .map((bar) => `${formatMonth(bar.month)}, ${bar.deaths} (${bar.names.join('; ')})`)
    .join('. ')}.`;
  return (
    <section className="timeline" aria-label="Timeline">
      <button type="button" className="text-button play" aria-pressed={playing} onClick={togglePlay}>
        <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
        {playing ? 'Pause' : 'Play'}
      </button>
      <div className="timeline-track">
        <div className="timeline-head">
          <label htmlFor={sliderId}>Date</label>
          <output htmlFor={sliderId} className="timeline-value">
            {label}
          </output>
        </div>
        <svg
          className="deaths-chart"
          role="img"
          aria-label={chartLabel}
          viewBox={`0 0 ${months.length * (CHART.barWidth + CHART.gap)} ${CHART.height}`}
          preserveAspectRatio="none"
        >
          {bars.map((bar, i) =>
            bar.deaths > 0 ? (
              <rect
                key={bar.month}
                className={i <= index ? 'bar' : 'bar is-later'}
                x={i * (CHART.barWidth + CHART.gap)}
                width={CHART.barWidth}
                y={CHART.height - Math.max(2, (bar.deaths / most) * CHART.height)}
                height={Math.max(2, (bar.deaths / most) * CHART.height)}
              />
            ) : null,
          )}
        </svg>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={last}
          step={1}
          value={index}
          aria-valuetext={formatMonth(current)}
          onChange={(event) => {
            setPlaying(false);
            show(Number(event.target.value));
          }}
        />
        <div className="timeline-ends" aria-hidden="true">
          <span>{formatMonth(months[0] ?? '')}</span>
          <span>{formatMonth(months[last] ?? '')}</span>
        </div>
      </div>
    </section>
  );
});
