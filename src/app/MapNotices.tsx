/**
 * The notices over the map when the built-in basemap or the online tiles cannot be loaded, and while the
 * tiles load.
 */
import type { BasemapStatus } from '../map/basemap/Basemap.tsx';
import type { TilesStatus } from '../map/basemap/OnlineTiles.tsx';

/** Short notices about the map itself, read out politely by screen readers. */
export function mapNotices(basemap: BasemapStatus, tiles: TilesStatus | null): string[] {
  const notices: string[] = [];
  if (basemap === 'failed') notices.push('The built-in map could not be loaded: the places are shown on a plain background.');
  if (tiles === 'loading') notices.push('Loading online map tiles…');
  if (tiles === 'failed') notices.push('Online map tiles could not be loaded, so the map shows its built-in basemap.');
  return notices;
}

/** The map's notices (its basemap and online tiles), in a polite live region over the map. */
export function MapNotices({ basemap, tiles }: { basemap: BasemapStatus; tiles: TilesStatus | null }) {
  return (
    <div className="notices" role="status" aria-live="polite">
      {mapNotices(basemap, tiles).map((notice) => (
        <p key={notice} className="notice">
          {notice}
        </p>
      ))}
    </div>
  );
}
