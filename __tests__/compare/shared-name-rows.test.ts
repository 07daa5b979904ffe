/** @jest-environment node */
import fc from "fast-check";
import { analyseStatement } from "@/lib/compare/analyse";
import { Lexicon } from "@/lib/compare/lexicon";
import { UnitRoles } from "@/lib/compare/roles";
import { buildVectors } from "@/lib/compare/similarity";
import { compareTwo, expectReportedOnlyBy, rowHolding } from "../helpers/two-readouts";

// Rows made of shared names: two readouts of one call name the same principals in every sentence, so sentences that
// share the names (and a verb) but state different claims must not share a row, or the reader sees "both reported X"
// when one reported X and the other Y. Texts written for these tests about Blinken's late-November 2023 calls.

const rowsOf = (first: string, second: string) => compareTwo(["state", first], ["office", second]).rows;

/** The statements whose cells share the row holding `phrase`. */
const reportersOf = (first: string, second: string, phrase: string) => rowHolding(rowsOf(first, second), phrase).reportedBy;

describe("swapped roles are two claims (tester 57 #13)", () => {
  const PEOPLE = [
    ["Blinken", "Pashinyan"],
    ["Secretary Blinken", "Prime Minister Pashinyan"],
    ["Blinken", "Aliyev"],
    ["The Secretary", "President Aliyev"],
    ["Armenia", "Azerbaijan"],
  ] as const;
  const VERBS = ["thanked", "briefed", "assured", "congratulated", "urged", "invited", "told", "warned", "praised", "called"];
  const OBJECTS = [
    "for the humanitarian aid to the displaced people",
    "on the talks in Washington",
    "about the new border crossings",
    "for the constructive talks",
    "to the peace conference in December",
  ];

  it("keeps 'Blinken thanked Pashinyan for X' and 'Pashinyan thanked Blinken for Y' apart, each not reported by the other", () => {
    const rows = rowsOf(
      "Secretary Blinken spoke with Prime Minister Pashinyan on Monday. Secretary Blinken thanked Prime Minister Pashinyan for Armenia's work to host the displaced people of Nagorno-Karabakh.",
      "Prime Minister Pashinyan held a phone call with Secretary Blinken. Prime Minister Pashinyan thanked Secretary Blinken for the humanitarian aid that the United States sent to Armenia.",
    );
    expectReportedOnlyBy(rows, "thanked Prime Minister Pashinyan", "state", "office");
    expectReportedOnlyBy(rows, "thanked Secretary Blinken", "office", "state");
    expect(rowHolding(rows, "spoke with").reportedBy).toEqual(["state", "office"]);
  });

  // Around the same object the swapped sentences are one claim with contradicting roles, and share a row (tester 71 F3;
  // reversed-roles.test.ts).
  it("property: for any pair of principals, directed verb and two different objects, the swapped sentences never share a row", () => {
    const twoObjects = fc.tuple(fc.constantFrom(...OBJECTS), fc.constantFrom(...OBJECTS)).filter(([first, second]) => first !== second);
    fc.assert(
      fc.property(fc.constantFrom(...PEOPLE), fc.constantFrom(...VERBS), twoObjects, ([x, y], verb, [first, second]) => {
        const rows = rowsOf(`${x} ${verb} ${y} ${first}.`, `${y} ${verb} ${x} ${second}.`);
        expect(rows.map((row) => row.reportedBy)).toEqual([["state"], ["office"]]);
      }),
      { numRuns: 60 },
    );
  });

  it("still aligns the same roles in other words, a passive, a symmetric 'met' and 'spoke with' in either order", () => {
    expect(reportersOf("Blinken thanked Pashinyan for hosting the displaced people.", "Secretary Blinken thanked Prime Minister Pashinyan for sheltering the displaced people.", "hosting")).toEqual(["state", "office"]);
    expect(reportersOf("Blinken thanked Pashinyan for hosting the displaced people.", "Pashinyan was thanked by Blinken for hosting the displaced people.", "hosting")).toEqual(["state", "office"]);
    expect(reportersOf("Blinken met Pashinyan in Brussels on the margins of the summit.", "Pashinyan met Blinken in Brussels on the margins of the summit.", "Brussels")).toEqual(["state", "office"]);
    expect(reportersOf("Secretary Blinken spoke with Prime Minister Pashinyan on Monday.", "Prime Minister Pashinyan spoke with Secretary Blinken on Monday.", "spoke")).toEqual(["state", "office"]);
  });
});

describe("UnitRoles", () => {
  /** Whether the first sentence of each of two English texts swaps the other's roles. */
  function reversed(first: string, second: string): boolean {
    const lexicon = new Lexicon();
    const analysed = [first, second].map((text, order) => analyseStatement({ id: `s${order}`, label: `s${order}`, text }, order, lexicon, false));
    const units = analysed.flatMap((statement) => statement.units);
    const roles = UnitRoles.of(units, analysed, lexicon, buildVectors(analysed, units, lexicon).nameTerm);
    return roles.reversed(0, analysed[0].units.length);
  }

  it("reads subject, verb and object from English word order, titles and shared titles included", () => {
    expect(reversed("President Aliyev thanked President Putin for the talks.", "President Putin thanked President Aliyev for the talks.")).toBe(true);
    expect(reversed("The Secretary thanked the Prime Minister for the talks.", "The Prime Minister thanked the Secretary for the talks.")).toBe(true);
    expect(reversed("Armenia accused Azerbaijan of shelling the border.", "Azerbaijan accused Armenia of shelling the border.")).toBe(true);
  });

  it("finds no roles in a verb with a preposition, a reciprocal verb, and no reversal in another verb or the same roles (a passive's too)", () => {
    expect(reversed("Blinken spoke with Pashinyan on Monday.", "Pashinyan spoke with Blinken on Monday.")).toBe(false);
    expect(reversed("Blinken thanked Pashinyan for the talks.", "Pashinyan was thanked by Blinken for the talks.")).toBe(false);
    expect(reversed("Blinken met Pashinyan in Brussels.", "Pashinyan met Blinken in Brussels.")).toBe(false);
    expect(reversed("Blinken thanked Pashinyan for the talks.", "Pashinyan praised Blinken for the talks.")).toBe(false);
    expect(reversed("Blinken thanked Pashinyan for the talks.", "Secretary Blinken thanked Prime Minister Pashinyan for the aid.")).toBe(false);
  });
});

describe("a neighbour that shares only names never joins a cell", () => {
  it("keeps 'Pashinyan informed Blinken about housing' out of the row of the call itself", () => {
    const rows = rowsOf(
      "Secretary Blinken spoke with Prime Minister Pashinyan on Monday.",
      "Prime Minister Pashinyan held a phone call with Secretary Blinken. Prime Minister Pashinyan informed Secretary Blinken about Armenia's new housing programme.",
    );
    expect(rowHolding(rows, "held a phone call").reportedBy).toEqual(["state", "office"]);
    expectReportedOnlyBy(rows, "housing programme", "office", "state");
  });

  it("property: whatever the titles and the second claim, a sentence that adds only the principals' names stays its own row", () => {
    const TOPICS = ["Armenia's new housing programme", "the school year in Syunik", "the winter supply of gas", "the census of displaced families"];
    // Not "told": it shares a synonym set with "spoke", a word the two sentences share besides the names.
    const VERBS = ["informed", "briefed", "updated", "assured"];
    fc.assert(
      fc.property(fc.constantFrom("Secretary Blinken", "U.S. Secretary of State Antony Blinken", "Blinken"), fc.constantFrom("Prime Minister Pashinyan", "Pashinyan"), fc.constantFrom(...VERBS), fc.constantFrom(...TOPICS), (us, pm, verb, topic) => {
        const rows = rowsOf(`${us} spoke with ${pm} on Monday.`, `${pm} held a phone call with ${us}. ${pm} ${verb} ${us} about ${topic}.`);
        expectReportedOnlyBy(rows, topic, "office", "state");
      }),
      { numRuns: 40 },
    );
  });
});

describe("a negated sentence paired first through shared names does not take its neighbour's row (tester 62 F7, the other order)", () => {
  it("'…did not agree on the ban on visits' next to 'They will meet in Baku in December': the neighbour shares the row", () => {
    const rows = rowsOf(
      "U.S. Secretary of State Antony Blinken and Azerbaijani President Ilham Aliyev agreed to meet in Baku in December.",
      "U.S. Secretary of State Antony Blinken and Azerbaijani President Ilham Aliyev did not agree on the ban on visits. They will meet in Baku in December.",
    );
    expect(rowHolding(rows, "They will meet").reportedBy).toEqual(["state", "office"]);
    expectReportedOnlyBy(rows, "ban on visits", "office", "state");
  });

  it("the claim's paraphrase below the threshold is still its mutual best when a contradiction scored higher", () => {
    const rows = rowsOf(
      "Prime Minister Nikol Pashinyan and Secretary Antony Blinken agreed to keep in touch on the peace treaty.",
      "Prime Minister Nikol Pashinyan and Secretary Antony Blinken did not agree on the treaty's wording. The two leaders will stay in touch on the peace treaty.",
    );
    expect(rowHolding(rows, "stay in touch").reportedBy).toEqual(["state", "office"]);
    expectReportedOnlyBy(rows, "wording", "office", "state");
  });

  it("property: a negated sentence about another matter, with the principals' full names, never hides in the claim's row", () => {
    const CLAIMS = [
      ["agreed to meet in Baku in December", "They will meet in Baku in December."],
      ["agreed to keep in touch on the peace treaty", "The two leaders will stay in touch on the peace treaty."],
      ["agreed to hold the next round of talks in Washington", "The next round of talks will be held in Washington."],
    ] as const;
    const OTHER = ["the ban on visits", "the wording of the treaty", "the assistant secretary's remarks", "the aid to Baku"];
    fc.assert(
      fc.property(fc.constantFrom(...CLAIMS), fc.constantFrom(...OTHER), fc.boolean(), ([claim, paraphrase], other, titled) => {
        const principals = titled ? "U.S. Secretary of State Antony Blinken and Azerbaijani President Ilham Aliyev" : "Secretary Blinken and President Aliyev";
        const rows = rowsOf(`${principals} ${claim}.`, `${principals} did not agree on ${other}. ${paraphrase}`);
        expectReportedOnlyBy(rows, other, "office", "state");
      }),
      { numRuns: 24 },
    );
  });

  it("keeps a contradiction about the same thing in the row, and its neighbour about another thing out", () => {
    const rows = rowsOf("Pashinyan and Blinken agreed to continue the talks in Washington.", "They did not agree on a date to continue the talks. Pashinyan and Blinken discussed the talks in Washington.");
    expect(rowHolding(rows, "did not agree").reportedBy).toEqual(["state", "office"]);
    expectReportedOnlyBy(rows, "discussed the talks", "office", "state");
    expect(reportersOf("Blinken and Aliyev agreed to meet again in December.", "Blinken and Aliyev did not agree to meet again in December.", "did not")).toEqual(["state", "office"]);
    expect(reportersOf("Blinken and Aliyev agreed to meet again in December.", "Aliyev and Blinken discussed the peace agreement. No date for a further meeting was agreed.", "No date")).toEqual(["state", "office"]);
  });
});
