/**
 * English names for GeoNames places where English readers know another name (Raqqa, not Ar
 * Raqqah; Cologne, not Köln). Written by hand, for the places the basemap keeps whose GeoNames name
 * differs, and the story drafter's gazetteer takes them as other names (scripts/build-gazetteer.ts): each entry's source is the English Wikipedia article of the place, titled with the
 * English name unless the entry names another title.
 */

/** One entry: GeoNames name and country (`name|CC`), the English name, and the article's title where it is not the name. */
type Entry = [geonames: string, english: string, article?: string];

const ENTRIES: Entry[] = [
  // The story's region: the Middle East and North Africa.
  ['Ar Raqqah|SY', 'Raqqa'],
  ['Ḩamāh|SY', 'Hama'],
  ['Basrah|IQ', 'Basra'],
  ['As Sulaymānīyah|IQ', 'Sulaymaniyah'],
  ['Al ‘Amārah|IQ', 'Amarah'],
  ['Ad Dīwānīyah|IQ', 'Diwaniyah'],
  ['Al Kūt|IQ', 'Kut'],
  ['Al Ḩillah|IQ', 'Hillah'],
  ['Herāt|AF', 'Herat'],
  ['Al Aḩmadī|KW', 'Ahmadi', 'Ahmadi, Kuwait'],
  ['Al Ḩudaydah|YE', 'Hodeidah'],
  ['Ta‘izz|YE', 'Taiz'],
  ['Ta’if|SA', 'Taif'],
  ['Al Kharj|SA', 'Al-Kharj'],
  ['Al Hufūf|SA', 'Hofuf'],
  ['Najrān|SA', 'Najran'],
  ['Orūmīyeh|IR', 'Urmia'],
  ['Arāk|IR', 'Arak', 'Arak, Iran'],
  ['Ardabīl|IR', 'Ardabil'],
  ['Zanjān|IR', 'Zanjan', 'Zanjan, Iran'],
  ['Borūjerd|IR', 'Borujerd'],
  ['Hamadān|IR', 'Hamadan'],
  ['Dihok|IQ', 'Duhok'],
  ['Ras Al Khaimah City|AE', 'Ras Al Khaimah'],
  ['Tanda|EG', 'Tanta'],
  ['Al Maḩallah al Kubrá|EG', 'El Mahalla El Kubra'],
  ['Asyūţ|EG', 'Asyut'],
  ['Al Manşūrah|EG', 'Mansoura', 'Mansoura, Egypt'],
  ['Al Fayyūm|EG', 'Faiyum'],
  ['Kafr ad Dawwār|EG', 'Kafr El Dawwar'],
  ['Mişrātah|LY', 'Misrata'],
  ['Al Qadarif|SD', 'Gedaref'],
  ['Fès|MA', 'Fez', 'Fez, Morocco'],
  ['Al Hoceïma|MA', 'Al Hoceima'],
  ['Oujda-Angad|MA', 'Oujda'],
  ['Boumerdas|DZ', 'Boumerdès'],
  ['Sumqayıt|AZ', 'Sumgait'],
  // Europe.
  ['Köln|DE', 'Cologne'],
  ['Nürnberg|DE', 'Nuremberg'],
  ['Frankfurt am Main|DE', 'Frankfurt'],
  ['Göteborg|SE', 'Gothenburg'],
  ['Zürich|CH', 'Zurich'],
  ['Genève|CH', 'Geneva'],
  ['Århus|DK', 'Aarhus'],
  ['Pátra|GR', 'Patras'],
  ['Thessaloníki|GR', 'Thessaloniki'],
  ['Antwerpen|BE', 'Antwerp'],
  ['Sevilla|ES', 'Seville'],
  ['Iaşi|RO', 'Iași'],
  ['Timişoara|RO', 'Timișoara'],
  ['Constanţa|RO', 'Constanța'],
  ['Galaţi|RO', 'Galați'],
  ['Braşov|RO', 'Brașov'],
  ['Rostov-na-Donu|RU', 'Rostov-on-Don'],
  ['Nizhniy Novgorod|RU', 'Nizhny Novgorod'],
  ['Tol’yatti|RU', 'Tolyatti'],
  ['Arkhangel’sk|RU', 'Arkhangelsk'],
  ['Ryazan’|RU', 'Ryazan'],
  ['Stavropol’|RU', 'Stavropol'],
  ['Orël|RU', 'Oryol'],
  ['Nal’chik|RU', 'Nalchik'],
  ['Volzhskiy|RU', 'Volzhsky'],
  ['Homyel\'|BY', 'Gomel'],
  ['Mykolayiv|UA', 'Mykolaiv'],
  ['Odessa|UA', 'Odesa'],
  ['Chisinau|MD', 'Chișinău'],
  ['Mahilyow|BY', 'Mogilev'],
  ['Hrodna|BY', 'Grodno'],
  ['Naberezhnyye Chelny|RU', 'Naberezhnye Chelny'],
  // The rest of the world.
  ['Nur-Sultan|KZ', 'Astana'],
  ['Ulan Bator|MN', 'Ulaanbaatar'],
  ['Nay Pyi Taw|MM', 'Naypyidaw'],
  ['Montréal|CA', 'Montreal'],
  ['Juárez|MX', 'Ciudad Juárez'],
  ['León de los Aldama|MX', 'León', 'León, Guanajuato'],
  ['Panamá|PA', 'Panama City'],
  ['Sūrat|IN', 'Surat'],
  ['Saint John’s|AG', "St. John's", "St. John's, Antigua and Barbuda"],
  ['Palikir - National Government Center|FM', 'Palikir'],
];

/** GeoNames `name|CC` -> the English name and its source. */
export const ENGLISH_NAMES: ReadonlyMap<string, { name: string; source: string }> = new Map(
  ENTRIES.map(([geonames, name, article = name]) => [geonames, { name, source: `English Wikipedia: ${article}` }]),
);

/** The name an English reader knows for a GeoNames place. */
export function englishName(name: string, country: string): string {
  return ENGLISH_NAMES.get(`${name}|${country}`)?.name ?? name;
}
