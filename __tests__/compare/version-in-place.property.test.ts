/** @jest-environment node */
import fc from "fast-check";
import { diffVersions } from "@/lib/compare/versions";

// Sentences of one readout, and rewordings of them that share no content word with any of them (so only place pairs them).
const ORIGINAL = [
  "The ministers spoke by phone on Tuesday.",
  "They discussed the border talks at length.",
  "The Secretary welcomed the release of detainees.",
  "Both sides agreed to meet again soon.",
  "Trade came up briefly near the end.",
  "The envoy thanked Yerevan for its hospitality.",
];
// REWORDED[k] says ORIGINAL[k] in other content words, with its function words kept (only place pairs them).
const REWORDED = [
  "The envoys talked by telephone on Monday.",
  "They reviewed the frontier negotiations at leisure.",
  "The diplomat praised the freeing of captives.",
  "Both parties pledged to gather again shortly.",
  "Commerce came up quickly near the close.",
  "The emissary praised Armenia for its welcome.",
];
// A claim that replaces another shares next to none of its words.
const REPLACEMENT = "Grain exports fell sharply after floods.";
const relations = (a: string, b: string) => diffVersions(a, b, "en").pairs.map((pair) => pair.relation);

describe("sentences reworded in place pair by place at the ends and in runs (tester 36 finding 4)", () => {
  test("a reworded first sentence and a reworded last sentence are changed pairs, not removed and added", () => {
    const [first, second, third] = ORIGINAL;
    expect(relations(`${first} ${second} ${third}`, `${REWORDED[0]} ${second} ${third}`)).toEqual(["changed", "equal", "equal"]);
    expect(relations(`${first} ${second} ${third}`, `${first} ${second} ${REWORDED[2]}`)).toEqual(["equal", "equal", "changed"]);
    // A claim replaced by another at either end stays removed and added (tester 37 finding 5).
    expect(relations(`${first} ${second} ${third}`, `${first} ${second} ${REPLACEMENT}`)).toEqual(["equal", "equal", "removed", "added"]);
  });

  test("two neighbours reworded between two pairs are two changed pairs", () => {
    const [s0, s1, s2, s3] = ORIGINAL;
    expect(relations(`${s0} ${s1} ${s2} ${s3}`, `${s0} ${REWORDED[1]} ${REWORDED[2]} ${s3}`)).toEqual(["equal", "changed", "changed", "equal"]);
  });

  test("tester 38: one synonym among many words does not make a replaced claim a rewording; one stem's forms do pair", () => {
    const [s0, , s2] = ORIGINAL;
    expect(relations(`${s0} The foreign ministers of Armenia and Azerbaijan held a phone call on Monday. ${s2}`, `${s0} Both sides agreed to continue talks on the delimitation of the frontier. ${s2}`)).toEqual(["equal", "removed", "added", "equal"]);
    const ru = (middle: string) => `Переговоры прошли в Брюсселе. ${middle} Стороны договорились встретиться снова.`;
    expect(diffVersions(ru("Освобожден армянский военнопленный."), ru("Освобождены армянские военнопленные."), "ru").pairs.map((pair) => pair.relation)).toEqual(["equal", "changed", "equal"]);
  });

  test("two unrelated one-sentence texts share no place: removed and added", () => {
    expect(relations(ORIGINAL[0], REWORDED[0]).sort()).toEqual(["added", "removed"]);
  });

  test("property: up to three consecutive sentences reworded, with one sentence kept, are changed pairs in place", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.nat(), fc.integer({ min: 1, max: 3 }), (count, at, run) => {
        const sentences = ORIGINAL.slice(0, count);
        const length = Math.min(run, count - 1);
        const start = at % (count - length + 1);
        const edited = sentences.map((sentence, k) => (k >= start && k < start + length ? REWORDED[k] : sentence));
        const pairs = diffVersions(sentences.join(" "), edited.join(" "), "en").pairs;
        const expected = sentences.map((_, k) => (k >= start && k < start + length ? "changed" : "equal"));
        expect([start, length, pairs.map((pair) => [pair.relation, pair.aSentences, pair.bSentences])]).toEqual([start, length, expected.map((relation, k) => [relation, [k], [k]])]);
      }),
      { numRuns: 120 },
    );
  });
});
