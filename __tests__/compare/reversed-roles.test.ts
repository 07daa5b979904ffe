/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import type { AlignedRow } from "@/lib/compare";
import { analyseStatement } from "@/lib/compare/analyse";
import { Lexicon } from "@/lib/compare/lexicon";
import { UnitRoles } from "@/lib/compare/roles";
import { nominativeKey, objectKey } from "@/lib/compare/russian-name-case";
import { buildVectors } from "@/lib/compare/similarity";
import { expectReportedOnlyBy, rowHolding } from "../helpers/two-readouts";

// Swapped roles of one act (tester 71 F3–F5): around the same complement they are one claim told with contradicting
// roles, and share a row; around different complements they are two claims. Texts written for these tests about
// Blinken's late-November 2023 calls with Pashinyan and Aliyev.

/** compare() on two readouts by two parties, "state" and "office", both in `language`. */
function rowsOf(first: string, second: string, language = "en"): AlignedRow[] {
  return compare([
    { id: "state", label: "state", text: first, party: "state", language },
    { id: "office", label: "office", text: second, party: "office", language },
  ]).rows;
}

/** Whether the first units of two one-language texts swap each other's roles (UnitRoles.reversed), and are two claims (twoClaims). */
function rolesOf(first: string, second: string, language = "en"): { reversed: boolean; twoClaims: boolean } {
  const lexicon = new Lexicon();
  const analysed = [first, second].map((text, order) => analyseStatement({ id: `s${order}`, label: `s${order}`, text, language }, order, lexicon, false));
  const units = analysed.flatMap((statement) => statement.units);
  const roles = UnitRoles.of(units, analysed, lexicon, buildVectors(analysed, units, lexicon).nameTerm);
  const b = analysed[0].units.length;
  return { reversed: roles.reversed(0, b), twoClaims: roles.twoClaims(0, b) };
}

describe("swapped roles around the same complement are one claim (tester 71 F3)", () => {
  it("'Blinken called Aliyev to discuss…' / 'Aliyev called Blinken to discuss…' share a row; no statement reads as another exchange", () => {
    const comparison = compare([
      { id: "us", label: "us", party: "us", text: "Secretary Blinken called President Aliyev to discuss the peace process. The Secretary welcomed Aliyev's commitment to a durable peace." },
      { id: "az", label: "az", party: "az", text: "President Aliyev called Secretary Blinken to discuss the peace process. Aliyev expressed dissatisfaction with O'Brien's remarks." },
    ]);
    const call = rowHolding(comparison.rows, "called");
    expect(call.reportedBy).toEqual(["us", "az"]);
    expect(call.notReportedBy).toEqual([]);
    expect(comparison.distantPairs ?? []).toEqual([]);
  });

  it("'told' alike; a complement with another name in it stays two claims", () => {
    expect(rowHolding(rowsOf("Blinken told Aliyev about the new border crossings.", "Aliyev told Blinken about the new border crossings."), "border").reportedBy).toEqual(["state", "office"]);
    const rows = rowsOf("Blinken told Aliyev that the United States supports a durable peace.", "Aliyev told Blinken that Azerbaijan supports a durable peace.");
    expectReportedOnlyBy(rows, "United States", "state", "office");
    expectReportedOnlyBy(rows, "that Azerbaijan", "office", "state");
  });

  it("UnitRoles: reversed either way; two claims only when the complements differ", () => {
    expect(rolesOf("Blinken called Aliyev to discuss the peace process.", "Aliyev called Blinken to discuss the peace process.")).toEqual({ reversed: true, twoClaims: false });
    // An adjunct added to three words is the same act (6/7); a second topic (6/8) or a swapped word is another.
    expect(rolesOf("Blinken called Aliyev to discuss the peace process.", "Aliyev called Blinken to discuss the peace process on Monday.").twoClaims).toBe(false);
    expect(rolesOf("Blinken called Aliyev to discuss the peace process.", "Aliyev called Blinken to discuss the peace process and regional security.").twoClaims).toBe(true);
    expect(rolesOf("Blinken thanked Pashinyan for his commitment to peace.", "Pashinyan thanked Blinken for his commitment to reform.").twoClaims).toBe(true);
    expect(rolesOf("Blinken thanked Pashinyan for hosting the displaced people.", "Pashinyan thanked Blinken for the humanitarian aid to the displaced people.").twoClaims).toBe(true);
    // Inflections and synonyms are the same word.
    expect(rolesOf("Blinken thanked Pashinyan for hosting the displaced families.", "Pashinyan thanked Blinken for having hosted the displaced families.").twoClaims).toBe(false);
    // No complement on either side: one act, its roles contradicted.
    expect(rolesOf("Blinken called Aliyev.", "Aliyev called Blinken.")).toEqual({ reversed: true, twoClaims: false });
  });
});

describe("a passive reads its agent as the subject (tester 71 F4)", () => {
  it("reads 'X was thanked by Y' as 'Y thanked X': reversed against 'X thanked Y', not against 'Y thanked X'", () => {
    expect(rolesOf("Secretary Blinken thanked Prime Minister Pashinyan for the talks.", "Secretary Blinken was thanked by Prime Minister Pashinyan for the talks.").reversed).toBe(true);
    expect(rolesOf("Blinken thanked Pashinyan for the talks.", "Pashinyan has been thanked by Blinken for the talks.").reversed).toBe(false);
    expect(rolesOf("Pashinyan was thanked by Blinken for the talks.", "Blinken was thanked by Pashinyan for the talks.").reversed).toBe(true);
    // No agent, no subject: nothing is read.
    expect(rolesOf("Blinken thanked Pashinyan for the talks.", "Blinken was thanked for the talks.").reversed).toBe(false);
  });

  it("with the same complement the pair shares a row; with different ones each is not reported by the other", () => {
    const same = rowsOf("Secretary Blinken thanked Prime Minister Pashinyan for his commitment to peace.", "Secretary Blinken was thanked by Prime Minister Pashinyan for his commitment to peace.");
    expect(same.map((row) => row.reportedBy)).toEqual([["state", "office"]]);
    const different = rowsOf("Secretary Blinken thanked Prime Minister Pashinyan for his commitment to peace.", "Secretary Blinken was thanked by Prime Minister Pashinyan for the humanitarian aid to the displaced people.");
    expectReportedOnlyBy(different, "commitment", "state", "office");
    expectReportedOnlyBy(different, "humanitarian", "office", "state");
  });
});

describe("Russian roles, where the case endings confirm the word order (tester 71 F5)", () => {
  it("reads a nominative before the verb and a genitive-accusative or dative after it, whatever the stems", () => {
    expect(rolesOf("Блинкен поблагодарил Пашиняна за приверженность миру.", "Пашинян поблагодарил Блинкена за приверженность миру.", "ru")).toEqual({ reversed: true, twoClaims: false });
    // The stemmer reads "Алиев" as "ал" and "Алиеву" as "алиев", "Блинкен" as "блинк" and "Блинкену" as "блинкен": the endings join them.
    expect(rolesOf("Госсекретарь Блинкен позвонил президенту Алиеву.", "Президент Алиев позвонил госсекретарю Блинкену.", "ru")).toEqual({ reversed: true, twoClaims: false });
    expect(rolesOf("Госсекретарь США Блинкен поблагодарил президента Азербайджана Алиева за встречу.", "Президент Азербайджана Алиев поблагодарил госсекретаря США Блинкена за встречу.", "ru").reversed).toBe(true);
    expect(rolesOf("Блинкен поблагодарил Пашиняна за приверженность миру.", "Пашинян поблагодарил Блинкена за гуманитарную помощь.", "ru").twoClaims).toBe(true);
  });

  it("reads nothing where the endings do not vouch for the order, nor the same roles as reversed", () => {
    // Object first (free word order): the same act as "Блинкен поблагодарил Пашиняна".
    expect(rolesOf("Пашинян поблагодарил Блинкена за помощь.", "Пашиняна поблагодарил Блинкен за помощь.", "ru").reversed).toBe(false);
    // A feminine nominative ends like an accusative; an instrumental after "с" is no object.
    expect(rolesOf("Армения поблагодарила Азербайджан за помощь.", "Азербайджан поблагодарил Армению за помощь.", "ru").reversed).toBe(false);
    expect(rolesOf("Блинкен поговорил с Пашиняном.", "Пашинян поговорил с Блинкеном.", "ru").reversed).toBe(false);
    expect(rolesOf("Блинкен поблагодарил Пашиняна за помощь.", "Госсекретарь Блинкен поблагодарил Пашиняна за помощь.", "ru").reversed).toBe(false);
  });

  it("with different complements each is not reported by the other; with the same, one row", () => {
    const different = rowsOf("Блинкен поблагодарил Пашиняна за приверженность миру.", "Пашинян поблагодарил Блинкена за гуманитарную помощь.", "ru");
    expectReportedOnlyBy(different, "приверженность", "state", "office");
    expectReportedOnlyBy(different, "гуманитарную", "office", "state");
    expect(rowsOf("Блинкен поблагодарил Пашиняна за приверженность миру.", "Пашинян поблагодарил Блинкена за приверженность миру.", "ru").map((row) => row.reportedBy)).toEqual([["state", "office"]]);
  });

  it("nominativeKey and objectKey give one key for a name's nominative and its object cases, and none for other shapes", () => {
    for (const [nominative, oblique] of [
      ["пашинян", "пашиняна"],
      ["алиев", "алиеву"],
      ["госсекретарь", "госсекретаря"],
      ["николай", "николая"],
    ]) {
      expect(nominativeKey(nominative)).not.toBeNull();
      expect(objectKey(oblique)).toBe(nominativeKey(nominative));
      expect(nominativeKey(oblique)).toBeNull();
    }
    for (const word of ["пашиняном", "алиевым", "армения", "андрей", "алиевой"]) expect(nominativeKey(word)).toBeNull();
    expect(objectKey("пашиняном")).toBeNull();
  });
});

describe("property: directed verbs × same or different complements × active or passive", () => {
  // Each name after a title: a name written only at the start of sentences is not known as one (so has no roles), and
  // the passive opens with the name the active has after its verb.
  const PEOPLE = [
    ["Secretary Blinken", "Prime Minister Pashinyan"],
    ["Secretary Blinken", "President Aliyev"],
    ["The Secretary", "President Aliyev"],
    ["Armenia", "Azerbaijan"],
  ] as const;
  // Each has its past participle in the past tense's form.
  const VERBS = ["thanked", "briefed", "assured", "congratulated", "urged", "invited", "told", "warned", "praised", "called"];
  // Any two share under four words in five.
  const COMPLEMENTS = ["for the humanitarian aid to the displaced people", "about the new border crossings", "on the constructive talks in Washington", "to the peace conference in December", "over the ban on visits"];

  /** "X verb Y c" in the active, or in the passive "Y was verb by X c": the same roles. */
  const told = (subject: string, verb: string, object: string, complement: string, passive: boolean) => (passive ? `${object} was ${verb} by ${subject} ${complement}.` : `${subject} ${verb} ${object} ${complement}.`);

  it("the swapped pair shares one row exactly when the complements are the same", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PEOPLE),
        fc.constantFrom(...VERBS),
        fc.constantFrom(...COMPLEMENTS),
        fc.constantFrom(...COMPLEMENTS),
        fc.boolean(),
        fc.boolean(),
        ([x, y], verb, first, second, firstPassive, secondPassive) => {
          const rows = rowsOf(told(x, verb, y, first, firstPassive), told(y, verb, x, second, secondPassive));
          expect(rows.map((row) => row.reportedBy)).toEqual(first === second ? [["state", "office"]] : [["state"], ["office"]]);
        },
      ),
      { numRuns: 120 },
    );
  });
});
