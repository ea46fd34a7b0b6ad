/**
 * The presenter window's app: the teacher's tour, kept on the audience window's stop through the window link,
 * shown in the presenter view with its two map previews.
 */
import { useCallback, useDeferredValue, useEffect } from 'react';
import { useTeacherTour } from './editor/use-teacher-tour.ts';
import { DrawablePreview } from './map/ink/DrawablePreview.tsx';
import { StopPreview } from './map/ink/StopPreview.tsx';
import { useNow } from './presenter/clock.ts';
import { PresenterView } from './presenter/PresenterView.tsx';
import { usePresenterLink } from './presenter/use-presenter-link.ts';
import type { StoryLoad } from './story/story-load.ts';
import { targetStop, type TourCommand } from './tour/tour-keys.ts';
import { useTourKeys } from './tour/use-tour-keys.ts';
import { ErrorScreen } from './ui/ErrorScreen.tsx';

/**
 * The presenter window (`#/presenter/7`), opened by the audience window's "Presenter view": the
 * presenter mode composed. The tour's keys act here as in the audience window, and move both.
 */
export function PresenterApp({ load, stop: initialStop }: { load: StoryLoad; stop: number }) {
  const story = load.status === 'ready' ? load.story : null;
  // The tour the class sees: the teacher's own, kept in this browser, where there is one.
  const tour = useTeacherTour(story).tour;
  const stops = tour?.stops.length ?? 0;
  const link = usePresenterLink(initialStop, stops);
  const now = useNow();
  const { go, screen } = link;
  const at = link.tour.stop;
  const blank = link.tour.blank;
  const previewAt = useDeferredValue(at);
  const command = useCallback(
    (next: TourCommand) => {
      const to = targetStop(next, at ?? 0, stops);
      if (to !== null) go(to);
      // While the class screen is (or seems) blank, any key only brings it back: never blanks it again.
      else if (next.type === 'blank') screen(blank ? 'show' : 'blank');
      else if (next.type === 'fullscreen') screen('fullscreen');
    },
    [at, stops, go, screen, blank],
  );
  useTourKeys(tour !== null, blank, stops, command);
  const tourTitle = tour?.title;
  useEffect(
    function nameTheWindow() {
      // Told apart from the audience's window in the taskbar and the window switcher.
      document.title = tourTitle ? `Presenter view · ${tourTitle}` : 'Presenter view';
    },
    [tourTitle],
  );

  if (load.status === 'invalid') return <ErrorScreen title="The story data has problems" problems={load.problems} />;
  if (!story || !tour) return <ErrorScreen title="This story has no tour to present" problems={['geo/tour.json is missing']} />;
  // The previews (the whole basemap, twice) follow a moment later: the new stop's words paint first.
  const current = previewAt === null ? undefined : tour.stops[previewAt - 1];
  const next = previewAt === null ? undefined : tour.stops[previewAt];
  return (
    <PresenterView
      tour={tour}
      parts={story.parts}
      link={link}
      now={now}
      nowPreview={current && <DrawablePreview stop={current} features={story.features} ink={link.ink} onDraw={link.draw} />}
      nextPreview={next && <StopPreview stop={next} features={story.features} />}
    />
  );
}
