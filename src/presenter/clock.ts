/**
 * The presenter window's clocks: durations as `m:ss` and as ISO durations, and the time now, renewed each
 * second.
 */
import { useEffect, useState } from 'react';

/** A duration as minutes and seconds, `m:ss` (an hour and a quarter is `75:00`); never negative. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The same duration for a `<time dateTime>`: `PT12M3S`. */
export function isoDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `PT${Math.floor(seconds / 60)}M${seconds % 60}S`;
}

/** The time now, in ms since 1970, renewed every `intervalMs`: for clocks on the screen. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(
    function tick() {
      const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
      return function stopTicking() {
        window.clearInterval(timer);
      };
    },
    [intervalMs],
  );
  return now;
}
