/** @jest-environment node */
import fc from "fast-check";
import { compareTwo, expectReportedOnlyBy, rowHolding } from "../helpers/two-readouts";
import { isLeadIn } from "@/lib/compare/lead-ins";
import { withoutParties } from "@/lib/compare/lead-in-parties";

// Helper C of session 15: a lead-in that names the parties ("Secretary Blinken and President Aliyev discussed:",
// "Blinken told Pashinyan the following:") was read as a claim of its own — its names as claim matter, their "and" as a
// clause — so it did not join the list it introduces, and its row was "not reported" by the readout that gave the same
// items in prose. Texts written for this test.
const rowsOf = (list: string, prose: string) => compareTwo(["state", list], ["presidency", prose]).rows;

const PROSE = "The Secretary and the President reviewed the draft peace treaty. They also weighed the reopening of regional transport links.";
const items = (marker: (n: number) => string) => `${marker(1)}The draft peace treaty.\n${marker(2)}The reopening of regional transport links.`;

test("a lead-in that names the parties joins its first item, past a marker: no row is the prose readout's gap", () => {
  for (const leadIn of ["Secretary Blinken and President Aliyev discussed:", "Blinken told Aliyev the following:"]) {
    for (const marker of [() => "", (n: number) => `${n}.\n`, () => "•\n"]) {
      const rows = rowsOf(`${leadIn}\n${items(marker)}`, PROSE);
      const treaty = rowHolding(rows, "draft peace treaty");
      expect(treaty.cells.find((cell) => cell.statementId === "state")!.text.startsWith(leadIn)).toBe(true);
      expect(treaty.reportedBy).toEqual(["state", "presidency"]);
      for (const row of rows) expect([row.cells[0].text, row.notReportedBy]).toEqual([row.cells[0].text, []]);
    }
  }
});

test("an item the prose leaves out is still its gap", () => {
  const rows = rowsOf("Secretary Blinken and President Aliyev discussed the following:\n1. The draft peace treaty.\n2. A new consulate in the south.", PROSE);
  expectReportedOnlyBy(rows, "new consulate", "state", "presidency");
});

test("names, titles, pronouns and 'the two sides' are set aside; the lead-in's own words stay", () => {
  expect(withoutParties("U.S. Secretary of State Antony J. Blinken and Armenian Prime Minister Nikol Pashinyan discussed the following issues:")).toBe("@ discussed the following issues:");
  expect(withoutParties("He and his counterpart discussed the following:")).toBe("@ discussed the following:");
  expect(withoutParties("The Secretary and the President of Azerbaijan agreed on the following:")).toBe("The @ agreed on the following:");
  expect(withoutParties("Госсекретарь США Энтони Блинкен сообщил Премьер-министру Армении следующее:")).toBe("@ сообщил @ следующее:");
  expect(withoutParties("Բլինքենը և Փաշինյանը քննարկել են հետևյալ հարցերը:")).toBe("@ քննարկել են հետևյալ հարցերը:");
  // Places after a preposition, a month, a join before a clause's subject: the lead-in's own.
  expect(withoutParties("Blinken and Aliyev met in Geneva in March and they discussed:")).toBe("@ met in Geneva in March and @ discussed:");
});

describe("isLeadIn: a frame whatever parties it names, in English, Russian and Armenian", () => {
  test.each([
    "Secretary Blinken and President Aliyev discussed:",
    "Blinken told Pashinyan the following:",
    "Secretary Blinken, Prime Minister Pashinyan and President Aliyev discussed the following:",
    "The two sides agreed on the following:",
    "The Armenian side raised the following issues:",
    "Блинкен и Алиев обсудили следующее:",
    "Премьер-министр и госсекретарь обсудили следующие вопросы:",
    "Վարչապետ Փաշինյանը և պետքարտուղար Բլինքենը քննարկել են հետևյալ հարցերը։",
    "Բլինքենը և Փաշինյանը քննարկել են հետեւյալ հարցերը:",
  ])("a lead-in: %s", (text) => expect(isLeadIn(text)).toBe(true));

  test.each([
    // Claims of their own (tester 61 F7, tester 62 F6) stay claims whatever names they carry.
    "The leaders agreed to meet in Washington in January and also discussed the following issues:",
    "Blinken thanked Pashinyan and discussed the following:",
    "Blinken called Pashinyan and they discussed the following:",
    "Blinken and Aliyev, who met in Munich in February, discussed the following:",
    "Blinken and Aliyev discussed Nagorno-Karabakh as follows:",
    "Блинкен и Алиев в Вашингтоне обсудили следующее:",
    "Блинкен и Алиев договорились о встрече и обсудили следующее:",
    // No list announced, or no colon.
    "Aliyev told Blinken:",
    "Blinken told Pashinyan the following.",
  ])("no lead-in: %s", (text) => expect(isLeadIn(text)).toBe(false));
});

// Parties as readouts name them: titles and names, pronouns, roles, in one or joined by "and" and commas.
const PARTY = fc.constantFrom(
  "Secretary Blinken",
  "Secretary of State Antony Blinken",
  "President Aliyev",
  "Azerbaijani President Ilham Aliyev",
  "Prime Minister Pashinyan",
  "the Prime Minister of Armenia",
  "the Secretary",
  "his counterpart",
  "he",
  "the two sides",
  "both leaders",
);
const capitalise = (text: string) => text[0].toUpperCase() + text.slice(1);
const subjectOf = fc.array(PARTY, { minLength: 1, maxLength: 3 }).map((parties) => capitalise(parties.length === 1 ? parties[0] : `${parties.slice(0, -1).join(", ")} and ${parties[parties.length - 1]}`));

test("property: a lead-in naming any parties, with any layout marker before its items, leaves the prose readout no gap", () => {
  const shape = fc.constantFrom(
    (s: string) => `${s} discussed:`,
    (s: string, o: string) => `${s} told ${o} the following:`,
    (s: string) => `${s} discussed the following issues:`,
    (s: string, o: string) => `${s} agreed with ${o} as follows:`,
  );
  const marker = fc.constantFrom(() => "", (n: number) => `${n}.\n`, () => "•\n", () => "—\n", () => "***\n");
  fc.assert(
    fc.property(subjectOf, PARTY, shape, marker, (subject, object, form, mark) => {
      const leadIn = form(subject, object);
      expect([leadIn, isLeadIn(leadIn)]).toEqual([leadIn, true]);
      const rows = rowsOf(`${leadIn}\n${items(mark)}`, PROSE);
      for (const row of rows) expect([leadIn, row.cells[0].text, row.notReportedBy]).toEqual([leadIn, row.cells[0].text, []]);
      expect(rowHolding(rows, "draft peace treaty").reportedBy).toEqual(["state", "presidency"]);
    }),
    { numRuns: 60 },
  );
});

test("property: with a claim of its own (a place, a date, a clause) the same lead-in keeps its row", () => {
  const claim = fc.constantFrom("met in Geneva and", "agreed to meet in Vienna and then", "on Monday");
  fc.assert(
    fc.property(subjectOf, claim, (subject, own) => {
      const leadIn = `${subject} ${own} discussed the following:`;
      expect([leadIn, isLeadIn(leadIn)]).toEqual([leadIn, false]);
    }),
    { numRuns: 60 },
  );
});
