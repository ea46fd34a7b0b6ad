/**
 * The URL is the state: `#/place/<id>?hide=context,flows&until=2016-03`. A route holds what a link
 * should reproduce (the place, the hidden layers, the timeline's month); the reducer holds the rest.
 */
import { LAYER_IDS, type LayerId } from '../story/kinds.ts';

/** What a link reproduces. */
export interface Route {
  place: string | null;
  hiddenLayers: LayerId[];
  until: string | null;
  /** The tour's stop, from 1, while presenting: `#/tour/7`. */
  tourStop: number | null;
}

/** The route of a fresh page. */
export const HOME_ROUTE: Route = { place: null, hiddenLayers: [], until: null, tourStop: null };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Hidden layers in the map's order, each once: so that equal states give equal URLs. */
export function normalizeLayers(layers: readonly string[]): LayerId[] {
  return LAYER_IDS.filter((layer) => layers.includes(layer));
}

/** The hash of a route, e.g. `#/place/paris-bataclan?hide=context&until=2016-03`, or `#/tour/7`. */
export function hashFromRoute(route: Route): string {
  if (route.tourStop !== null) return `#/tour/${route.tourStop}`;
  const path = route.place ? `/place/${route.place}` : '/';
  const query = new URLSearchParams();
  const hidden = normalizeLayers(route.hiddenLayers);
  if (hidden.length > 0) query.set('hide', hidden.join(','));
  if (route.until) query.set('until', route.until);
  const search = query.toString().replaceAll('%2C', ',');
  return `#${path}${search ? `?${search}` : ''}`;
}

/** The route of a hash; what it cannot read it leaves at the fresh page's value. */
export function routeFromHash(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  const query = new URLSearchParams(search);
  const place = /^\/place\/(.+)$/.exec(path)?.[1];
  const until = query.get('until');
  const stop = /^\/tour\/([1-9]\d{0,3})$/.exec(path)?.[1];
  if (stop) return { ...HOME_ROUTE, tourStop: Number(stop) };
  return {
    tourStop: null,
    place: place && ID.test(place) ? place : null,
    hiddenLayers: normalizeLayers((query.get('hide') ?? '').split(',')),
    until: until && MONTH.test(until) ? until : null,
  };
}
