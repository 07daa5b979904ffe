import { ANTONYMS_EN } from "./data/antonyms-en";
import { termMakerFor } from "./normalise";

/**
 * Readout stance and policy verbs whose opposite WordNet 3.1 does not point to ("support"/"oppose",
 * "welcome"/"condemn"): a supplement to the generated table, not a thesaurus. Words, stemmed on load.
 */
const READOUT_ANTONYMS = `support:oppose backing:opposition endorse:oppose back:oppose welcome:condemn welcome:deplore
praise:condemn commend:condemn applaud:condemn lift:impose ease:tighten expand:reduce extend:shorten resume:suspend
praise:criticise praise:criticize allow:forbid allow:prohibit permit:prohibit resume:halt confirm:deny upgrade:downgrade escalate:deescalate withdraw:deploy advance:retreat ally:adversary`;

let pairs: Set<string> | null = null;

const key = (x: string, y: string) => (x < y ? `${x} ${y}` : `${y} ${x}`);

function load(): Set<string> {
  const loaded = new Set(ANTONYMS_EN.split("\n"));
  const maker = termMakerFor("en");
  for (const pair of READOUT_ANTONYMS.split(/\s+/u).filter(Boolean)) {
    const [x, y] = pair.split(":").map((word) => maker.terms(word)[0]);
    if (x && y && x !== y) loaded.add(key(x, y));
  }
  return loaded;
}

/**
 * Whether two English matching terms (stems as lib/compare/normalise TermMaker makes them) are antonyms: WordNet 3.1's
 * antonym pointers between single words (lib/compare/data/antonyms-en.ts, built by scripts/build-antonyms.ts; 2,611
 * pairs, parsed on first use) or the readout supplement above. Throws nothing.
 */
export function areAntonymTerms(x: string, y: string): boolean {
  if (x === y) return false;
  pairs ??= load();
  return pairs.has(key(x, y));
}

/** Every antonym pair of terms (for tests). */
export function antonymTermPairs(): [string, string][] {
  pairs ??= load();
  return [...pairs].map((pair) => pair.split(" ") as [string, string]);
}
