/** Places stories name where they could name an institution ("researchers from China", "scientists in Texas"). */

const COUNTRIES =
  'Afghanistan Albania Algeria Argentina Armenia Australia Austria Bangladesh Belgium Bolivia Brazil Britain Bulgaria Cambodia Cameroon Canada Chile China Colombia ' +
  'Croatia Cuba Cyprus Denmark Ecuador Egypt England Estonia Ethiopia Europe Finland France Germany Ghana Greece Greenland Guatemala Haiti Hungary Iceland India ' +
  'Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kenya Korea Kuwait Latvia Lebanon Liberia Libya Lithuania Luxembourg Madagascar Malawi Malaysia Mali ' +
  'Malta Mexico Mongolia Morocco Mozambique Myanmar Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Panama Paraguay Peru Philippines Poland Portugal ' +
  'Qatar Romania Russia Rwanda Scotland Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tanzania Thailand Tunisia ' +
  'Turkey Uganda Ukraine Uruguay Venezuela Vietnam Wales Yemen Zambia Zimbabwe Africa Asia America Americas Antarctica Arctic Australasia Scandinavia Siberia ' +
  'UK US USA Deutschland Österreich Schweiz Frankreich Italien Spanien China Japan';
const REGIONS =
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine ' +
  'Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia ' +
  'Washington Wisconsin Wyoming Ontario Quebec Alberta Bavaria Bayern Catalonia Queensland Victoria Tasmania Yorkshire Cornwall Kent Devon Essex Sussex Wessex';
const CITIES =
  'London Paris Berlin Rome Madrid Vienna Zurich Geneva Munich München Hamburg Frankfurt Cologne Köln Leipzig Dresden Amsterdam Brussels Copenhagen Stockholm Oslo ' +
  'Helsinki Dublin Edinburgh Glasgow Manchester Birmingham Liverpool Leeds Bristol Belfast Cardiff Moscow Beijing Shanghai Tokyo Osaka Seoul Delhi Mumbai Bangkok ' +
  'Sydney Melbourne Toronto Montreal Vancouver Boston Chicago Houston Dallas Atlanta Seattle Denver Miami Philadelphia Baltimore Detroit Phoenix Nairobi Lagos Cairo ' +
  'Johannesburg Jerusalem Istanbul Athens Lisbon Prague Warsaw Budapest Mexico Lima Bogota Santiago';
const MULTI = ['United States', 'United Kingdom', 'New Zealand', 'South Africa', 'South Korea', 'North Korea', 'Saudi Arabia', 'Latin America', 'North America', 'South America', 'Middle East', 'Hong Kong', 'New York', 'New Jersey', 'New Mexico', 'New Hampshire', 'North Carolina', 'South Carolina', 'North Dakota', 'South Dakota', 'West Virginia', 'Rhode Island', 'Los Angeles', 'San Francisco', 'San Diego', 'New Delhi', 'Cape Town', 'Buenos Aires', 'Sao Paulo', 'Rio de Janeiro', 'Tel Aviv', 'Northern Ireland', 'Silicon Valley', 'St Louis', 'St. Louis'];

const PLACES = new Set([...`${COUNTRIES} ${REGIONS} ${CITIES}`.split(' '), ...MULTI]);

/** True when the words name a country, region or city (with an optional leading "the"). */
export function isPlace(name: string): boolean {
  return PLACES.has(name.replace(/^the\s+/i, ''));
}
