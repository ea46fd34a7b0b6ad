/**
 * The present layout's panel over the map: the tour's stop (tour/TourPanel.tsx), wired to the
 * presentation (its stop, keys, full screen) and to the presenter's window.
 */
import type { RefObject } from 'react';
import type { Story } from '../story/validate-story.ts';
import { TourPanel } from '../tour/TourPanel.tsx';
import type { Presentation } from '../tour/use-presentation.ts';

export function TourStopPanel({ story, presentation, number, panelRef, onPresenter }: {
  story: Story;
  presentation: Presentation;
  /** The stop's number, from 1. */
  number: number;
  panelRef: RefObject<HTMLElement | null>;
  onPresenter: () => void;
}) {
  const { stop, stops, fullscreen, typedDigits, go, command, toggleFullscreen } = presentation;
  if (!stop) return null;
  return (
    <TourPanel
      stop={stop}
      number={number}
      total={stops}
      features={story.features}
      parts={story.parts}
      fullscreen={fullscreen}
      typedDigits={typedDigits}
      panelRef={panelRef}
      onPrevious={() => go(number - 1)}
      onNext={() => go(number + 1)}
      onFullscreen={toggleFullscreen}
      onExit={() => command({ type: 'exit' })}
      onPresenter={onPresenter}
    />
  );
}
