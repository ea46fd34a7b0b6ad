/**
 * Oceans, seas and gulfs: no npm package has their names with a point to write them at (Natural
 * Earth's marine label points are not packaged), so this table is written by hand. Each point lies
 * in open water inside the body's limits as the International Hydrographic Organization draws them
 * (Limits of Oceans and Seas, S-23, 3rd edition, 1953), away from islands; a test checks that every
 * one is at sea on the basemap's Natural Earth 1:50m land.
 */

/** One named body of water. */
export interface SeaLabel {
  name: string;
  kind: 'ocean' | 'sea';
  /** Where the name is written, `[lon, lat]`. */
  position: [number, number];
  /** The least zoom at which the name may show: oceans at the world view, small seas closer in. */
  minZoom: number;
  /** Where its name and limits come from. */
  source: string;
}

const IHO = 'IHO S-23 (1953) limits; point placed by hand in open water';

/** The oceans, then the seas and gulfs, the bigger first. */
export const SEAS: SeaLabel[] = [
  { name: 'Atlantic Ocean', kind: 'ocean', position: [-40, 30], minZoom: 2, source: IHO },
  { name: 'Indian Ocean', kind: 'ocean', position: [75, -15], minZoom: 2, source: IHO },
  { name: 'Pacific Ocean', kind: 'ocean', position: [-140, 10], minZoom: 2, source: IHO },
  { name: 'Pacific Ocean', kind: 'ocean', position: [165, 25], minZoom: 2, source: IHO },
  { name: 'Arctic Ocean', kind: 'ocean', position: [-5, 82], minZoom: 2, source: IHO },
  { name: 'Southern Ocean', kind: 'ocean', position: [40, -60], minZoom: 2, source: 'IHO draft 4th edition (2002) limits; point placed by hand in open water' },
  { name: 'Mediterranean Sea', kind: 'sea', position: [18, 34.5], minZoom: 3, source: IHO },
  { name: 'Black Sea', kind: 'sea', position: [34, 43.3], minZoom: 3, source: IHO },
  { name: 'Caspian Sea', kind: 'sea', position: [50.5, 42], minZoom: 3, source: IHO },
  { name: 'Arabian Sea', kind: 'sea', position: [64, 15], minZoom: 3, source: IHO },
  { name: 'Caribbean Sea', kind: 'sea', position: [-75, 15], minZoom: 3, source: IHO },
  { name: 'Gulf of Mexico', kind: 'sea', position: [-90, 25], minZoom: 3, source: IHO },
  { name: 'Bay of Bengal', kind: 'sea', position: [88, 14], minZoom: 3, source: IHO },
  { name: 'South China Sea', kind: 'sea', position: [114, 13], minZoom: 3, source: IHO },
  { name: 'Red Sea', kind: 'sea', position: [38.6, 20.5], minZoom: 4, source: IHO },
  { name: 'Persian Gulf', kind: 'sea', position: [51.5, 27], minZoom: 4, source: IHO },
  { name: 'North Sea', kind: 'sea', position: [3, 56], minZoom: 4, source: IHO },
  { name: 'Baltic Sea', kind: 'sea', position: [19, 55.6], minZoom: 4, source: IHO },
  { name: 'Norwegian Sea', kind: 'sea', position: [2, 67], minZoom: 4, source: IHO },
  { name: 'Barents Sea', kind: 'sea', position: [40, 73], minZoom: 4, source: IHO },
  { name: 'Sea of Japan', kind: 'sea', position: [135, 40], minZoom: 4, source: IHO },
  { name: 'Philippine Sea', kind: 'sea', position: [132, 20], minZoom: 4, source: IHO },
  { name: 'Tasman Sea', kind: 'sea', position: [160, -38], minZoom: 4, source: IHO },
  { name: 'Gulf of Guinea', kind: 'sea', position: [3, 2], minZoom: 4, source: IHO },
  { name: 'Adriatic Sea', kind: 'sea', position: [15, 43], minZoom: 5, source: IHO },
  { name: 'Aegean Sea', kind: 'sea', position: [25.2, 38.9], minZoom: 5, source: IHO },
  { name: 'Ionian Sea', kind: 'sea', position: [19, 38], minZoom: 5, source: IHO },
  { name: 'Tyrrhenian Sea', kind: 'sea', position: [12, 40], minZoom: 5, source: IHO },
  { name: 'English Channel', kind: 'sea', position: [-2, 50.1], minZoom: 5, source: IHO },
  { name: 'Bay of Biscay', kind: 'sea', position: [-4.5, 45.5], minZoom: 5, source: IHO },
  { name: 'Gulf of Aden', kind: 'sea', position: [48, 12.3], minZoom: 5, source: IHO },
  { name: 'Yellow Sea', kind: 'sea', position: [123, 35.5], minZoom: 5, source: IHO },
  { name: 'Gulf of Sidra', kind: 'sea', position: [18.5, 31.4], minZoom: 6, source: IHO },
  { name: 'Gulf of Oman', kind: 'sea', position: [58.5, 24.6], minZoom: 6, source: IHO },
  { name: 'Irish Sea', kind: 'sea', position: [-5.3, 53.5], minZoom: 6, source: IHO },
  { name: 'Sea of Marmara', kind: 'sea', position: [28, 40.75], minZoom: 7, source: IHO },
];
