/** A small gazetteer with real places (GeoNames ids and populations, coordinates rounded), for the drafter's unit tests. */
import { createGazetteer, type GazetteerData } from './gazetteer.ts';

export const FIXTURE_DATA: GazetteerData = {
  sources: ['test fixture'],
  cities: [
    ['Minsk', 'BY', 27.567, 53.9, 1742124, 625144, []],
    ['Warsaw', 'PL', 21.012, 52.23, 1702139, 756135, []],
    ['Brussels', 'BE', 4.349, 50.85, 1019022, 2800866, []],
    ['Manchester', 'GB', -2.237, 53.481, 395515, 2643123, []],
    ['Brest', 'BY', 23.685, 52.097, 300715, 629634, []],
    ['Rennes', 'FR', -1.68, 48.111, 209375, 2983990, []],
    ['Ar Raqqah', 'SY', 39.008, 35.953, 177636, 172955, ['Raqqa']],
    ['Brest', 'FR', -4.486, 48.39, 144899, 3030300, []],
    ['Manchester', 'US', -71.455, 42.996, 110229, 5089178, []],
    ['Melbourne', 'US', -80.608, 28.084, 80127, 4163971, []],
    ['Quimper', 'FR', -4.097, 47.996, 63929, 2984701, []],
    ['Melbourne', 'AU', 144.963, -37.814, 4246375, 2158177, []],
    ['Sofia', 'BG', 23.324, 42.698, 1152556, 727011, []],
    ['Santos', 'BR', -46.334, -23.961, 411403, 3449433, []],
    ['Hamburg', 'DE', 9.993, 53.551, 1739117, 2911298, []],
    ['Suez', 'EG', 32.526, 29.974, 488125, 359796, []],
    ["St. John's", 'CA', -52.709, 47.565, 99182, 6324733, []],
  ],
  countries: [
    ['Syria', 'SY', 36.291, 33.51, ['Syrian Arab Republic'], 'Damascus'],
    ['Australia', 'AU', 149.128, -35.283, [], 'Canberra'],
    ['United States of America', 'US', -77.036, 38.895, ['U.S.', 'America'], 'Washington'],
    ['Belgium', 'BE', 4.349, 50.85, [], 'Brussels'],
    ['Egypt', 'EG', 31.25, 30.063, [], 'Cairo'],
    ['Kenya', 'KE', 36.817, -1.283, [], 'Nairobi'],
    ['France', 'FR', 2.349, 48.853, [], 'Paris'],
  ],
  regions: [['Sinai', 'EG', 33.833, 29.5, ['Sinai Peninsula'], 'Wikipedia, “Sinai Peninsula”']],
};

export const fixtureGazetteer = createGazetteer(FIXTURE_DATA);
