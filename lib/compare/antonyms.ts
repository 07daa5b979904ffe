import { ANTONYMS_EN } from "./data/antonyms-en";
import { termMakerFor } from "./normalise";

/**
 * Readout stance and policy verbs whose opposite WordNet 3.1 does not point to ("support"/"oppose",
 * "welcome"/"condemn"): a supplement to the generated table, not a thesaurus. Words, stemmed on load.
 */
const READOUT_ANTONYMS = `support:oppose backing:opposition endorse:oppose back:oppose welcome:condemn welcome:deplore
praise:condemn commend:condemn applaud:condemn lift:impose ease:tighten expand:reduce extend:shorten resume:suspend
praise:criticise praise:criticize allow:forbid allow:prohibit permit:prohibit resume:halt confirm:deny upgrade:downgrade escalate:deescalate withdraw:deploy advance:retreat ally:adversary`;

/**
 * Stance verbs of readouts, approving and disapproving: every approving verb is the opposite of every disapproving one
 * ("welcomed" / "criticized", "hailed" / "denounced"; new-user tester 39 found "welcomed" → "criticized" unclassified).
 * Words, stemmed on load; the pairs above stay for the nouns and policy verbs.
 */
const APPROVING = "welcome praise commend applaud hail endorse support appreciate salute".split(" ");
const DISAPPROVING = "condemn criticise criticize deplore denounce reject oppose regret protest decry censure".split(" ");

let partners: Map<string, Set<string>> | null = null;

function load(): Map<string, Set<string>> {
  const loaded = new Map<string, Set<string>>();
  const add = (x: string, y: string) => {
    if (!x || !y || x === y) return;
    for (const [from, to] of [[x, y], [y, x]]) {
      const set = loaded.get(from);
      if (set) set.add(to);
      else loaded.set(from, new Set([to]));
    }
  };
  for (const line of ANTONYMS_EN.split("\n")) {
    const [x, y] = line.split(" ");
    add(x, y);
  }
  const maker = termMakerFor("en");
  for (const pair of READOUT_ANTONYMS.split(/\s+/u).filter(Boolean)) {
    const [x, y] = pair.split(":").map((word) => maker.terms(word)[0]);
    add(x, y);
  }
  for (const approving of APPROVING) for (const disapproving of DISAPPROVING) add(maker.terms(approving)[0], maker.terms(disapproving)[0]);
  return loaded;
}

/**
 * The antonyms of an English matching term (a stem as lib/compare/normalise TermMaker makes it), or undefined: WordNet
 * 3.1's antonym pointers between single words (lib/compare/data/antonyms-en.ts, built by scripts/build-antonyms.ts;
 * 2,611 pairs, parsed on first use) and the readout supplement above. Throws nothing.
 */
export function antonymsOfTerm(term: string): ReadonlySet<string> | undefined {
  partners ??= load();
  return partners.get(term);
}

/** Whether two English matching terms are antonyms (antonymsOfTerm). */
export function areAntonymTerms(x: string, y: string): boolean {
  return antonymsOfTerm(x)?.has(y) === true;
}

/** Every antonym pair of terms, each once (for tests). */
export function antonymTermPairs(): [string, string][] {
  partners ??= load();
  const pairs: [string, string][] = [];
  for (const [x, others] of partners) for (const y of others) if (x < y) pairs.push([x, y]);
  return pairs;
}
