/**
 * The first view's regions of the story (first-bounds.ts), which the story map works out once from
 * all its features and gives to what orders its Tab stops.
 */
import { createContext } from 'react';
import { firstRegion, type FirstRegion } from './first-bounds.ts';

/** Provided by the story map; a story without places until then. */
export const FirstRegionContext = createContext<FirstRegion>(firstRegion([]));
