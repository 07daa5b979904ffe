import { GIVEN_NAMES, HONORIFICS, WORLD_DEMONYMS, WORLD_ORGANISATIONS, WORLD_PLACES } from "./data/names-en";
import { DEMONYMS, PLACE_ALIASES, PLACES, TITLES } from "./gazetteer";

/**
 * What the entity rules know about a capitalised word or phrase: the region's own gazetteer (gazetteer.ts: places,
 * titles and demonyms of the readouts this tool is for, which compromise lacks: "Lachin", "Syunik", "Azerbaijani")
 * joined with the maintained English lexicon of compromise (data/names-en.ts, built by scripts/build-names.ts:
 * 936 countries, cities and regions, 254 demonyms, 3,180 given names, honorifics, organisations).
 * Words are lower-case, with ’ written as ' (as the lexicon's words are).
 */

function lines(list: string): string[] {
  return list.split("\n");
}

/** Hyphens and spaces are one separator in a place's name: "Alma Ata" is "Alma-Ata", "Nagorno Karabakh" is "Nagorno-Karabakh". */
function placeSpelling(name: string): string {
  return name.replace(/[-‐‑–\s]+/gu, " ");
}

// A place's key by every spelling: the gazetteer's aliases first, then the name as the gazetteer or lexicon writes it.
const PLACE_KEYS = new Map<string, string>();
for (const name of [...PLACES, ...lines(WORLD_PLACES)]) {
  const key = PLACE_ALIASES.get(name) ?? name;
  if (!PLACE_KEYS.has(name)) PLACE_KEYS.set(name, key);
  if (!PLACE_KEYS.has(placeSpelling(name))) PLACE_KEYS.set(placeSpelling(name), key);
}

/** The longest place name has this many words ("united states of america"). */
export const LONGEST_PLACE = 4;

/**
 * The key of the place named by these words (one word or a phrase), or null: "u.s" → "united states",
 * "alma ata" → "alma-ata", "washington" → "washington".
 */
export function placeKeyOf(name: string): string | null {
  const key = PLACE_KEYS.get(name);
  if (key !== undefined) return key;
  // Every spelling with "-" or one space is a key already; only other dashes and spacing need the fold (this runs for
  // every word of every capitalised run).
  return OTHER_SEPARATOR.test(name) ? (PLACE_KEYS.get(placeSpelling(name)) ?? null) : null;
}

const OTHER_SEPARATOR = /[‐‑–]|\s\s|[^\S ]/u;

const ALL_DEMONYMS = new Set([...DEMONYMS, ...lines(WORLD_DEMONYMS)]);

// Demonyms whose country is not found by dropping an ending ("turkish" → "turkey").
const DEMONYM_PLACES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    turkish: "turkey",
    french: "france",
    british: "united kingdom",
    dutch: "netherlands",
    swiss: "switzerland",
    azeri: "azerbaijan",
    danish: "denmark",
    swedish: "sweden",
    finnish: "finland",
    polish: "poland",
    spanish: "spain",
    greek: "greece",
    cypriot: "cyprus",
    israeli: "israel",
    iraqi: "iraq",
    kazakh: "kazakhstan",
    uzbek: "uzbekistan",
    tajik: "tajikistan",
    kyrgyz: "kyrgyzstan",
    turkmen: "turkmenistan",
    pakistani: "pakistan",
    afghan: "afghanistan",
    chinese: "china",
    japanese: "japan",
  }),
);

/** A demonym, singular or plural: "armenian", "armenians", "azerbaijanis". */
export function isDemonym(word: string): boolean {
  return ALL_DEMONYMS.has(word) || (word.endsWith("s") && ALL_DEMONYMS.has(word.slice(0, -1)));
}

/**
 * The place a demonym belongs to ("azerbaijani" → "azerbaijan", "armenian" → "armenia", "american" → "united
 * states", "turkish" → "turkey"), found by dropping a demonym ending until a known place is left, or null.
 */
export function placeOfDemonym(word: string): string | null {
  const singular = ALL_DEMONYMS.has(word) ? word : word.endsWith("s") && ALL_DEMONYMS.has(word.slice(0, -1)) ? word.slice(0, -1) : null;
  if (singular === null) return null;
  const table = DEMONYM_PLACES.get(singular);
  if (table) return placeKeyOf(table);
  // armenian → armenia, azerbaijani → azerbaijan, russian → russia, american → america, georgian → georgia.
  for (const ending of ["i", "n", "an", "ian"]) {
    if (singular.endsWith(ending)) {
      const key = placeKeyOf(singular.slice(0, -ending.length));
      if (key) return key;
    }
  }
  return null;
}

const ALL_HONORIFICS = new Set(lines(HONORIFICS));

/** A title or honorific, singular or plural ("minister", "ministers", "gen", "capt"). */
export function isTitle(word: string): boolean {
  const bare = word.endsWith(".") ? word.slice(0, -1) : word;
  return TITLES.has(bare) || ALL_HONORIFICS.has(bare) || (bare.endsWith("s") && TITLES.has(bare.slice(0, -1)));
}

const ALL_GIVEN_NAMES = new Set(lines(GIVEN_NAMES));

/** A given name in compromise's lexicon ("antony", "matthew", "ilham" is not one). */
export function isGivenName(word: string): boolean {
  return ALL_GIVEN_NAMES.has(word);
}

const ORGANISATIONS = new Set(lines(WORLD_ORGANISATIONS));

/** An organisation known by name ("associated press", "bbc", "nato"). */
export function isKnownOrganisation(name: string): boolean {
  return ORGANISATIONS.has(name);
}

/** Words after a place's name that make it a place still: "Lachin Corridor", "Jordan River", "Syunik Region". */
export const PLACE_FEATURES = new Set(
  `corridor, region, province, district, valley, river, lake, border, pass, road, highway, bridge, mountains, mountain,
  sea, strait, gulf, bay, island, islands, peninsula, airport, port, crossing, checkpoint, oblast, governorate, county`
    .split(/\s*,\s*/u)
    .map((word) => word.trim()),
);

/** Forms of a state before "of <place>": "the Republic of Azerbaijan", "the Kingdom of Spain". */
export const STATE_FORMS = new Set(["republic", "kingdom", "federation", "state", "states", "emirate", "principality", "commonwealth"]);
