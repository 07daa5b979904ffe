/** @jest-environment node */
import fc from "fast-check";
import { analyseStatement } from "@/lib/compare/analyse";
import { PairRoles, type TextRoles } from "@/lib/compare/versions/pair-roles";

// The roles of a version pair's sentences (versions/pair-roles.ts), read for the role-swap pass: the two sentences are
// analysed once per pair, however many times the pass reads them (once per exchanged party pair, once for the voice).
// Every reading must give what a fresh analysis of its texts alone gives, which is what the pass read before session 16
// (a fresh Lexicon and analysis per reading): a new PairRoles's first reading is that analysis, step for step.
// Texts written for these tests about Blinken's late-November 2023 calls with Pashinyan and Aliyev.

jest.mock("@/lib/compare/analyse", () => {
  const actual = jest.requireActual("@/lib/compare/analyse");
  return { ...actual, analyseStatement: jest.fn(actual.analyseStatement) };
});
const analysed = analyseStatement as jest.MockedFunction<typeof analyseStatement>;

/** Everything a reading answers for `count` texts: reversed(i, j) for every pair of texts, then read(i) for each. */
function answers(roles: TextRoles, count: number): boolean[] {
  const out: boolean[] = [];
  for (let i = 0; i < count; i++) for (let j = 0; j < count; j++) out.push(roles.reversed(i, j));
  for (let i = 0; i < count; i++) out.push(roles.read(i));
  return out;
}

const PARTIES = new Set(["blinken", "aliyev", "pashinyan", "he", "him", "they", "them"]);
const isParty = (folded: string) => PARTIES.has(folded);

describe("a pair's sentences are analysed once", () => {
  test("three exchanged texts and the pair itself: five analyses, not eleven", () => {
    const a = "Blinken thanked Aliyev, and Pashinyan praised him.";
    const b = "Blinken was thanked by Aliyev, and Pashinyan praised him.";
    // b with two of its parties exchanged, as the pass writes it (exchanged-parties.ts withPartiesExchanged): the pair's words only.
    const thirds = ["Aliyev was thanked by Blinken, and Pashinyan praised him.", "Pashinyan was thanked by Aliyev, and Blinken praised him.", "Blinken was thanked by Pashinyan, and Aliyev praised him."];
    analysed.mockClear();
    const roles = new PairRoles(a, b, "en", isParty);
    const read = thirds.map((third) => answers(roles.withText(third), 3));
    const pair = answers(roles.ofPair(), 2);
    expect(analysed).toHaveBeenCalledTimes(2 + thirds.length);
    expect(read).toEqual(thirds.map((third) => answers(new PairRoles(a, b, "en", isParty).withText(third), 3)));
    expect(pair).toEqual(answers(new PairRoles(a, b, "en", isParty).ofPair(), 2));
    // The answers the role-swap pass relies on: the voice turned the roles round (a against b), and b with the names
    // exchanged back tells a's roles (a against the first third: not reversed); all three read.
    expect(pair).toEqual([false, true, true, false, true, true]);
    expect(read[0].slice(0, 3)).toEqual([false, true, false]);
    expect(read[0].slice(9)).toEqual([true, true, true]);
  });

  test("a reading whose third text adds a word starts the next one afresh", () => {
    // "Armenian" (a demonym, gazetteer.ts) makes the term of "armenians" a name's wherever the lexicon holds it: kept
    // for the next reading, it would read "the armenians" as a party, and roles that a fresh analysis finds nowhere.
    const a = "Blinken thanked the armenians.";
    const b = "Blinken was thanked by the armenians.";
    const roles = new PairRoles(a, b, "en", isParty);
    roles.withText("Armenian officials thanked Blinken.");
    analysed.mockClear();
    const pair = answers(roles.ofPair(), 2);
    expect(analysed).toHaveBeenCalledTimes(2);
    expect(pair).toEqual(answers(new PairRoles(a, b, "en", isParty).ofPair(), 2));
    expect(pair).toEqual([false, false, false, false, false, false]);
  });
});

describe("every reading of a reused pair gives what a fresh analysis gives", () => {
  const WORDS = ["Blinken", "Aliyev", "Pashinyan", "he", "him", "they", "them", "Secretary", "the president", "Armenian", "armenians", "Armenia's", "Azerbaijani", "Azerbaijan", "the guests"];
  const VERBS = ["thanked", "praised", "met", "urged", "briefed", "spoke with"];
  const TAILS = ["", " for the call", " on Monday", ", and Aliyev thanked him", " about the peace talks"];
  const party = fc.constantFrom(...WORDS);
  const capital = (text: string) => text[0].toUpperCase() + text.slice(1);
  const sentence = fc
    .tuple(party, fc.constantFrom(...VERBS), party, fc.constantFrom(...TAILS), fc.boolean(), fc.boolean())
    .map(([subject, verb, object, tail, passive, two]) => {
      const one = capital(passive ? `${object} was ${verb} by ${subject}${tail}.` : `${subject} ${verb} ${object}${tail}.`);
      return two ? `${one} ${capital(`${object} ${verb} ${subject}.`)}` : one;
    });

  test("readings of the pair and of third texts, in any order", () => {
    fc.assert(
      fc.property(sentence, sentence, fc.array(fc.option(sentence, { nil: null }), { minLength: 1, maxLength: 4 }), (a, b, thirds) => {
        const reused = new PairRoles(a, b, "en", isParty);
        for (const third of thirds) {
          const fresh = new PairRoles(a, b, "en", isParty);
          if (third === null) expect(answers(reused.ofPair(), 2)).toEqual(answers(fresh.ofPair(), 2));
          else expect(answers(reused.withText(third), 3)).toEqual(answers(fresh.withText(third), 3));
        }
      }),
      { numRuns: 300 },
    );
  });
});
