/**
 * The online tiles' switch and status: switched on, they are loading until the map says how they
 * fare; when they fail, the switch goes off again (the embedded basemap stays, and the page says so).
 */
import { useCallback, useState, type Dispatch } from 'react';
import type { TilesStatus } from '../map/basemap/OnlineTiles.tsx';
import type { AppAction } from './app-state.ts';

export function useOnlineTiles(dispatch: Dispatch<AppAction>) {
  const [tiles, setTiles] = useState<TilesStatus | null>(null);
  const setOnlineTiles = useCallback(
    (on: boolean) => {
      setTiles(on ? 'loading' : null);
      dispatch({ type: 'set-online-tiles', on });
    },
    [dispatch],
  );
  const onTilesStatus = useCallback(
    (status: TilesStatus) => {
      setTiles(status);
      if (status === 'failed') dispatch({ type: 'set-online-tiles', on: false });
    },
    [dispatch],
  );
  return { tiles, setOnlineTiles, onTilesStatus };
}
