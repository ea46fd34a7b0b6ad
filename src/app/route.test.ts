import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../story/schema.ts';
import { hashFromRoute, HOME_ROUTE, routeFromHash, type Route } from './route.ts';

describe('route', () => {
  it('writes a place, hidden layers and a month into the hash', () => {
    expect(hashFromRoute({ place: 'paris-bataclan', hiddenLayers: ['flows', 'context'], until: '2016-03', tourStop: null })).toBe(
      '#/place/paris-bataclan?hide=flows,context&until=2016-03',
    );
    expect(hashFromRoute(HOME_ROUTE)).toBe('#/');
  });

  it('survives route -> URL -> route for every combination of layers, with and without place and month', () => {
    const subsets = Array.from({ length: 1 << LAYER_IDS.length }, (_, mask) => LAYER_IDS.filter((_, i) => mask & (1 << i)));
    for (const hiddenLayers of subsets) {
      for (const place of [null, 'nice-promenade']) {
        for (const until of [null, '2014-05', '2017-05']) {
          const route: Route = { place, hiddenLayers, until, tourStop: null };
          const hash = hashFromRoute(route);
          expect(routeFromHash(hash)).toEqual(route);
          expect(hashFromRoute(routeFromHash(hash))).toBe(hash);
        }
      }
    }
  });

  it('orders hidden layers the map’s way and drops unknown ones, so equal states give equal URLs', () => {
    expect(routeFromHash('#/?hide=context,attacks,nonsense,attacks').hiddenLayers).toEqual(['attacks', 'context']);
  });

  it('writes and reads a tour stop, which stands alone in the URL', () => {
    expect(hashFromRoute({ ...HOME_ROUTE, tourStop: 7 })).toBe('#/tour/7');
    expect(routeFromHash('#/tour/7')).toEqual({ ...HOME_ROUTE, tourStop: 7 });
    expect(routeFromHash('#/tour/0')).toEqual(HOME_ROUTE);
    expect(routeFromHash('#/tour/seven')).toEqual(HOME_ROUTE);
  });

  it('ignores what it cannot read: a bad id, a bad month, an unknown path', () => {
    expect(routeFromHash('#/place/<script>?until=2016-13')).toEqual(HOME_ROUTE);
    expect(routeFromHash('#/elsewhere')).toEqual(HOME_ROUTE);
    expect(routeFromHash('')).toEqual(HOME_ROUTE);
  });
});
