/**
 * The true places of the two test articles in this folder (written for the drafter's tests, about
 * night trains and a coffee bean's journey; neither is about this story): every city and country
 * each article names, at its GeoNames entry (its id as the source, coordinates as GeoNames gives
 * them), and the other names of places it uses that are no city or country (seas, rivers, regions),
 * which the drafter's gazetteer does not hold. The cities were chosen by what the text means: the
 * Brest between Warsaw and Minsk is Belarus's, the Cartagena of Colombian lots Colombia's, the Perth
 * reached through Edinburgh and Dundee Scotland's.
 */
export interface TruePlace {
  name: string;
  /** ISO 3166 code of its country. */
  country: string;
  lat: number;
  lon: number;
  source: string;
  /** A country (the drafter places it at its capital), else a city. */
  kind?: 'country';
}

export interface TestArticle {
  file: string;
  places: TruePlace[];
  /** Names of places that are no city or country: not scored, listed beside the score. */
  features: string[];
}

export const TEST_ARTICLES: TestArticle[] = [
  {
    file: 'tests/articles/night-train.txt',
    places: [
      { name: 'Warsaw', country: 'PL', lat: 52.22977, lon: 21.01178, source: 'GeoNames 756135' },
      { name: 'Brest', country: 'BY', lat: 52.09755, lon: 23.68775, source: 'GeoNames 629634' },
      { name: 'Minsk', country: 'BY', lat: 53.9, lon: 27.56667, source: 'GeoNames 625144' },
      { name: 'Moscow', country: 'RU', lat: 55.75222, lon: 37.61556, source: 'GeoNames 524901' },
      { name: 'Vienna', country: 'AT', lat: 48.20849, lon: 16.37208, source: 'GeoNames 2761369' },
      { name: 'Austria', country: 'AT', lat: 48.20849, lon: 16.37208, source: 'GeoNames 2761369 (its capital, Vienna)', kind: 'country' },
      { name: 'Hamburg', country: 'DE', lat: 53.55073, lon: 9.99302, source: 'GeoNames 2911298' },
      { name: 'Amsterdam', country: 'NL', lat: 52.37403, lon: 4.88969, source: 'GeoNames 2759794' },
      { name: 'Rome', country: 'IT', lat: 41.89193, lon: 12.51133, source: 'GeoNames 3169070' },
      { name: 'Venice', country: 'IT', lat: 45.43713, lon: 12.33265, source: 'GeoNames 3164603' },
      { name: 'Zurich', country: 'CH', lat: 47.36667, lon: 8.55, source: 'GeoNames 2657896' },
      { name: 'Prague', country: 'CZ', lat: 50.08804, lon: 14.42076, source: 'GeoNames 3067696' },
      { name: 'Bucharest', country: 'RO', lat: 44.43225, lon: 26.10626, source: 'GeoNames 683506' },
      { name: 'Sofia', country: 'BG', lat: 42.69751, lon: 23.32415, source: 'GeoNames 727011' },
      { name: 'Ruse', country: 'BG', lat: 43.84872, lon: 25.9534, source: 'GeoNames 727523' },
      { name: 'Istanbul', country: 'TR', lat: 41.01384, lon: 28.94966, source: 'GeoNames 745044' },
      { name: 'Paris', country: 'FR', lat: 48.85341, lon: 2.3488, source: 'GeoNames 2988507' },
      { name: 'Nice', country: 'FR', lat: 43.70313, lon: 7.26608, source: 'GeoNames 2990440' },
      { name: 'Copenhagen', country: 'DK', lat: 55.67594, lon: 12.56553, source: 'GeoNames 2618425' },
      { name: 'Stockholm', country: 'SE', lat: 59.32938, lon: 18.06871, source: 'GeoNames 2673730' },
    ],
    features: ['the Baltic', 'the Black Sea', 'the Alps', 'the Danube', 'the Oresund bridge'],
  },
  {
    file: 'tests/articles/coffee-coast.txt',
    places: [
      { name: 'Nyeri', country: 'KE', lat: -0.42013, lon: 36.94759, source: 'GeoNames 182701' },
      { name: 'Nairobi', country: 'KE', lat: -1.28333, lon: 36.81667, source: 'GeoNames 184745' },
      { name: 'Mombasa', country: 'KE', lat: -4.05466, lon: 39.66359, source: 'GeoNames 186301' },
      { name: 'Jeddah', country: 'SA', lat: 21.49012, lon: 39.18624, source: 'GeoNames 105343' },
      { name: 'Cartagena', country: 'CO', lat: 10.39972, lon: -75.51444, source: 'GeoNames 3687238' },
      { name: 'Santos', country: 'BR', lat: -23.96083, lon: -46.33361, source: 'GeoNames 3449433' },
      { name: 'Sao Paulo', country: 'BR', lat: -23.5475, lon: -46.63611, source: 'GeoNames 3448439' },
      { name: 'Hamburg', country: 'DE', lat: 53.55073, lon: 9.99302, source: 'GeoNames 2911298' },
      { name: 'Perth', country: 'GB', lat: 56.39522, lon: -3.43139, source: 'GeoNames 2640358' },
      { name: 'Edinburgh', country: 'GB', lat: 55.95206, lon: -3.19648, source: 'GeoNames 2650225' },
      { name: 'Dundee', country: 'GB', lat: 56.46913, lon: -2.97489, source: 'GeoNames 2650752' },
    ],
    features: ['East Africa', 'Mount Kenya', 'the Red Sea', 'the Suez Canal', 'the Mediterranean'],
  },
];
