/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import type { AlignedRow } from "@/lib/compare";
import { analyseStatement } from "@/lib/compare/analyse";
import { Lexicon } from "@/lib/compare/lexicon";
import { pronounForm } from "@/lib/compare/pronoun-cases";
import { UnitRoles } from "@/lib/compare/roles";
import { buildVectors } from "@/lib/compare/similarity";

// roles.ts's English reader past what stands around the verb (tester 83 F1): adverbs, an opener, reported speech, a
// parenthesis, two verbs joined by "and"; and personal pronouns as parties where the caller asks (F2). Texts written
// for these tests about Blinken's late-November 2023 calls with Pashinyan and Aliyev.

/** Whether the first units of two texts swap each other's roles, and are two claims; `pronouns` as UnitRoles.of takes it. */
function rolesOf(first: string, second: string, language = "en", pronouns = false): { reversed: boolean; twoClaims: boolean } {
  const lexicon = new Lexicon();
  const analysed = [first, second].map((text, order) => analyseStatement({ id: `s${order}`, label: `s${order}`, text, language }, order, lexicon, false));
  const units = analysed.flatMap((statement) => statement.units);
  const roles = UnitRoles.of(units, analysed, lexicon, buildVectors(analysed, units, lexicon).nameTerm, pronouns);
  const b = analysed[0].units.length;
  return { reversed: roles.reversed(0, b), twoClaims: roles.twoClaims(0, b) };
}

function rowsOf(first: string, second: string): AlignedRow[] {
  return compare([
    { id: "state", label: "state", text: first, party: "state" },
    { id: "office", label: "office", text: second, party: "office" },
  ]).rows;
}

describe("the English reader reads past what stands around the verb", () => {
  test.each([
    ["Secretary Blinken personally thanked President Aliyev.", "Secretary Blinken was personally thanked by President Aliyev."],
    ["Secretary Blinken warmly thanked President Aliyev.", "President Aliyev warmly thanked Secretary Blinken."],
    ["In a call, Secretary Blinken thanked President Aliyev.", "In a call, President Aliyev thanked Secretary Blinken."],
    ["During the call Secretary Blinken thanked President Aliyev.", "During the call President Aliyev thanked Secretary Blinken."],
    ["Spokesman Miller said that Secretary Blinken thanked President Aliyev.", "Spokesman Miller said that President Aliyev thanked Secretary Blinken."],
    ["Secretary Blinken, in turn, thanked President Aliyev.", "President Aliyev, in turn, thanked Secretary Blinken."],
    ["Secretary Blinken thanked and praised President Aliyev.", "Secretary Blinken was thanked and praised by President Aliyev."],
  ])("reversed: %s / %s", (first, second) => {
    expect(rolesOf(first, second).reversed).toBe(true);
  });

  test.each([
    // The same roles in the other voice, with an adverb; a reciprocal verb; a verb taking no name.
    ["Secretary Blinken personally thanked President Aliyev.", "President Aliyev was personally thanked by Secretary Blinken."],
    ["In a call, Secretary Blinken met President Aliyev.", "In a call, President Aliyev met Secretary Blinken."],
    ["In a call, Secretary Blinken spoke with President Aliyev.", "In a call, President Aliyev spoke with Secretary Blinken."],
  ])("not reversed: %s / %s", (first, second) => {
    expect(rolesOf(first, second).reversed).toBe(false);
  });

  test("pronouns are parties only where the caller asks, one party in both cases", () => {
    expect(rolesOf("He thanked President Aliyev.", "President Aliyev thanked him.").reversed).toBe(false);
    expect(rolesOf("He thanked President Aliyev.", "President Aliyev thanked him.", "en", true).reversed).toBe(true);
    expect(rolesOf("He thanked President Aliyev.", "He was thanked by President Aliyev.", "en", true).reversed).toBe(true);
    expect(rolesOf("He thanked President Aliyev.", "President Aliyev was thanked by him.", "en", true).reversed).toBe(false);
    expect(rolesOf("Он поблагодарил президента Алиева.", "Президент Алиев поблагодарил его.", "ru", true).reversed).toBe(true);
    expect(pronounForm("him", "en")).toEqual({ key: "he", case: "obj" });
    expect(pronounForm("ему", "ru")).toEqual({ key: "он", case: "obj" });
    expect(pronounForm("his", "en")).toBeNull();
    expect(pronounForm("им", "ru")).toBeNull();
  });

  // Names after a title (a name written only at a sentence's start is not known as one); any two complements share
  // under four words in five (roles.ts twoClaims).
  const PEOPLE = [
    ["Secretary Blinken", "Prime Minister Pashinyan"],
    ["Secretary Blinken", "President Aliyev"],
  ] as const;
  const VERBS = ["thanked", "briefed", "urged", "invited", "warned", "praised"];
  const OPENERS = ["In a call, ", "On Tuesday, ", "During the call ", "Spokesman Miller said that "];
  const ADVERBS = ["", "personally ", "also ", "again "];
  const COMPLEMENTS = ["for the humanitarian aid to the displaced people", "about the new border crossings", "on the constructive talks in Washington"];

  test("property: after an opener and with adverbs, swapped roles share a row exactly when the complements are the same", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PEOPLE),
        fc.constantFrom(...VERBS),
        fc.constantFrom(...OPENERS),
        fc.constantFrom(...ADVERBS),
        fc.constantFrom(...COMPLEMENTS),
        fc.constantFrom(...COMPLEMENTS),
        ([x, y], verb, opener, adverb, first, second) => {
          const rows = rowsOf(`${opener}${x} ${adverb}${verb} ${y} ${first}.`, `${opener}${y} ${adverb}${verb} ${x} ${second}.`);
          expect(rows.map((row) => row.reportedBy)).toEqual(first === second ? [["state", "office"]] : [["state"], ["office"]]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
