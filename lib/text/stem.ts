import { stemmer as arabic } from "@orama/stemmers/arabic";
import { stemmer as armenian } from "@orama/stemmers/armenian";
import { stemmer as french } from "@orama/stemmers/french";
import { stemmer as german } from "@orama/stemmers/german";
import { stemmer as greek } from "@orama/stemmers/greek";
import { stemmer as italian } from "@orama/stemmers/italian";
import { stemmer as portuguese } from "@orama/stemmers/portuguese";
import { stemmer as russian } from "@orama/stemmers/russian";
import { stemmer as spanish } from "@orama/stemmers/spanish";
import { stemmer as turkish } from "@orama/stemmers/turkish";
import { stemmer as ukrainian } from "@orama/stemmers/ukrainian";
import { stemmer as porter } from "stemmer";

/**
 * Real stemmers by language, for matching only (a stem is a key, never shown). English uses Porter's
 * algorithm (the `stemmer` package); the others are the Snowball stemmers of @orama/stemmers:
 * Russian, Armenian, Ukrainian, Turkish, French, German, Spanish, Italian, Portuguese, Greek, Arabic.
 * Azerbaijani has no Snowball stemmer; it goes through the Turkish one with `ə` read as `e` (the two
 * share their suffixes up to that vowel: "nazirlər", "nazirləri" → "nazir"). Other languages have none.
 *
 * Every stemmer expects a lower-cased word; callers pass words folded by lib/compare/normalise.
 */
export type Stemmer = (word: string) => string;

// Snowball's Armenian stemmer strips the genitive "-ության" whole but leaves "-ությ" of the nominative
// "-ություն" ("խաղաղության" → "խաղաղ", "խաղաղություն" → "խաղաղությ"): finish the job so the two meet.
const ARMENIAN_ABSTRACT_REMAINDER = /(?<=\p{L}{2})ությ$/u;

const STEMMERS: ReadonlyMap<string, Stemmer> = new Map<string, Stemmer>([
  ["en", porter],
  ["ru", russian],
  ["hy", (word) => armenian(word).replace(ARMENIAN_ABSTRACT_REMAINDER, "")],
  ["uk", ukrainian],
  ["tr", turkish],
  ["az", (word) => turkish(word.replace(/ə/gu, "e"))],
  ["fr", french],
  ["de", german],
  ["es", spanish],
  ["it", italian],
  ["pt", portuguese],
  ["el", greek],
  ["ar", arabic],
]);

/** The languages (BCP 47 primary subtags) that have real stemming, for the docs and tests. */
export const STEMMED_LANGUAGES: readonly string[] = [...STEMMERS.keys()];

/** The stemmer for a BCP 47 language tag ("ru", "hy-AM", "az-Latn"), or null when the language has none. */
export function stemmerFor(language: string): Stemmer | null {
  return STEMMERS.get(language.split(/[-_]/u)[0].toLowerCase()) ?? null;
}
