import { primaryLanguage } from "../text/language";
import { READOUT_SYNONYM_SETS_EN } from "./data/readout-synonyms-en";
import { SYNONYM_SETS_EN } from "./data/synonyms-en";

/**
 * English synonym sets from WordNet 3.1 (converted once by scripts/build-synonyms.ts into data/synonyms-en.ts, 0.36 MB;
 * the first two senses of each noun, verb and adjective, sets of two or more stems). Parsed on first use, once per
 * process, into a map from stem to set numbers: about 10 ms and a few MB, counted in `npm run bench`.
 * Source of the choice: issue 11 ("Paraphrase recall with a packaged lexical resource"), measured with `npm run eval`
 * (docs/alignment-eval.md).
 */
let setsByStem: Map<string, number[]> | null = null;

function load(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  `${SYNONYM_SETS_EN}\n${READOUT_SYNONYM_SETS_EN}`.split("\n").forEach((line, set) => {
    for (const stem of line.split(" ")) {
      const sets = map.get(stem);
      if (sets) sets.push(set);
      else map.set(stem, [set]);
    }
  });
  return map;
}

/** The synonym-set numbers of an English matching term (a stem as TermMaker makes it); empty when none. */
export function synonymSetsOf(stem: string): readonly number[] {
  setsByStem ??= load();
  return setsByStem.get(stem) ?? NONE;
}

const NONE: readonly number[] = [];

/** Whether synonym sets apply to a statement language (BCP 47 tag). */
export function hasSynonyms(language: string): boolean {
  return primaryLanguage(language) === "en";
}
