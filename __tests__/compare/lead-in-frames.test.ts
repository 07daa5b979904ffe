/** @jest-environment node */
import fc from "fast-check";
import { compareTwo, rowHolding } from "../helpers/two-readouts";
import { isLeadIn } from "@/lib/compare/lead-ins";
import { compare } from "@/lib/compare";
import { withoutSettingPhrase } from "@/lib/compare/lead-in-parties";

// Session 15: a lead-in opened by a phrase that only sets the scene ("During the call, Secretary Blinken and President
// Aliyev discussed the following:") was read as joining a clause at its comma, so it stayed a claim of its own and its
// row was "not reported" by the readout that gave the same items in prose. A phrase with a name, place, date or number
// ("In Washington,", "On November 28,") is a claim and keeps the lead-in's row. Texts written for this test.

const PROSE = "The Secretary and the President reviewed the draft peace treaty. They also weighed the reopening of regional transport links.";

test("a lead-in after a scene-setting phrase joins its first item: no row is the prose readout's gap", () => {
  for (const leadIn of ["During the call, Secretary Blinken and President Aliyev discussed the following:", "In the conversation, the two leaders discussed the following:"]) {
    const rows = compareTwo(["state", `${leadIn}\n1. The draft peace treaty.\n2. The reopening of regional transport links.`], ["presidency", PROSE]).rows;
    const treaty = rowHolding(rows, "draft peace treaty");
    expect(treaty.cells.find((cell) => cell.statementId === "state")!.text.startsWith(leadIn)).toBe(true);
    for (const row of rows) expect([row.cells[0].text, row.notReportedBy]).toEqual([row.cells[0].text, []]);
  }
});

test.each([
  "During the call, Secretary Blinken and President Aliyev discussed the following:",
  "During the telephone conversation, the sides discussed the following:",
  "Also during the call, Blinken raised the following:",
  "В ходе разговора, стороны обсудили следующее:",
  "Զրույցի ընթացքում, կողմերը քննարկել են հետևյալ հարցերը։",
])("a lead-in: %s", (text) => expect(isLeadIn(text)).toBe(true));

test.each([
  // A place, a date, a number or a name in the opening phrase is the lead-in's own claim.
  "In Washington, the sides discussed the following:",
  "On November 28, the sides discussed the following:",
  "During the 40-minute call, the sides discussed the following:",
  "At the request of Armenia, the sides discussed the following:",
  // A comma that joins a clause is still one.
  "Blinken welcomed the progress, and the sides discussed the following:",
])("a claim: %s", (text) => expect(isLeadIn(text)).toBe(false));

test("property: a scene-setting phrase changes no verdict of isLeadIn; one with claim matter never makes a lead-in", () => {
  const body = fc.constantFrom("the sides discussed the following:", "Secretary Blinken and President Aliyev discussed the following:", "the leaders agreed on the following:", "Blinken welcomed the talks and discussed the following:", "the ministers noted:");
  const setting = fc.tuple(fc.constantFrom("During", "In", "Over", "Throughout"), fc.constantFrom("the call", "the conversation", "the phone call", "their talks", "the exchange"));
  const claimMatter = fc.constantFrom("In Washington", "On November 28", "During the 2023 talks", "At Armenia's request", "In Brussels and Geneva");
  fc.assert(
    fc.property(body, setting, claimMatter, (text, [preposition, scene], claim) => {
      const capitalised = text[0].toUpperCase() + text.slice(1);
      expect(isLeadIn(`${preposition} ${scene}, ${text}`)).toBe(isLeadIn(capitalised));
      expect(withoutSettingPhrase(`${claim}, ${text}`)).toBe(`${claim}, ${text}`);
      expect(isLeadIn(`${claim}, ${text}`)).toBe(false);
    }),
    { numRuns: 200 },
  );
});

// Tester 82 (session 15) F4: connectives set off by commas ("Кроме того,", ", в частности,") join no clause either.
test.each([
  "Кроме того, Блинкен и Алиев обсудили следующие вопросы:",
  "Блинкен и Алиев, в частности, обсудили следующее:",
  "In addition, the two sides discussed the following:",
  "The leaders, in particular, discussed the following:",
])("a lead-in with a connective: %s", (text) => expect(isLeadIn(text)).toBe(true));

// Tester 82 F3: the mijaket ("." or "․" after an Armenian word) ends an Armenian lead-in as a colon does; a "." without
// "the following" may be the full stop of a text typed without "։", and stays a claim's.
test("an Armenian lead-in may end with the mijaket when it says 'the following'", () => {
  expect(isLeadIn("Փաշինյանը և Բլինքենը քննարկել են հետևյալ հարցերը.")).toBe(true);
  expect(isLeadIn("Փաշինյանը և Բլինքենը քննարկել են հետևյալ հարցերը\u2024")).toBe(true);
  expect(isLeadIn("Կողմերը քննարկել են տարածաշրջանային անվտանգությունը.")).toBe(false);
  const list = "Պետքարտուղար Բլինքենը զանգահարել է վարչապետ Փաշինյանին։\nՓաշինյանը և Բլինքենը քննարկել են հետևյալ հարցերը.\n1. Խաղաղության պայմանագրի նախագիծը։\n2. Տարածաշրջանային հաղորդակցությունների բացումը։";
  const prose = "Պետքարտուղար Բլինքենը զանգահարել է վարչապետ Փաշինյանին։ Քննարկվել է խաղաղության պայմանագրի նախագիծը։ Քննարկվել է նաև տարածաշրջանային հաղորդակցությունների բացումը։";
  const rows = compare([
    { id: "list", label: "list", text: list, language: "hy" },
    { id: "prose", label: "prose", text: prose, language: "hy" },
  ]).rows;
  for (const row of rows) expect([row.cells[0].text, row.notReportedBy]).toEqual([row.cells[0].text, []]);
});

// Tester 82 F5: two readouts with the same lead-in paired it with each other, and the pair was "not reported" by the
// readout that gave the items in prose. Each lead-in now joins its own list.
test("lead-ins that pair with each other still join their own lists", () => {
  const leadIn = "Secretary Blinken and President Aliyev discussed the following:";
  const rows = compare([
    { id: "a", label: "A", text: `Secretary Blinken spoke with President Aliyev.\n${leadIn}\n1. The draft peace treaty.\n2. The reopening of regional transport links.` },
    { id: "b", label: "B", text: `President Aliyev took a call from Secretary Blinken.\n${leadIn}\n• The draft peace treaty.\n• The reopening of regional transport links.` },
    { id: "c", label: "C", text: `Secretary Blinken spoke with President Aliyev. ${PROSE}` },
  ]).rows;
  const treaty = rowHolding(rows, "draft peace treaty");
  expect(treaty.cells.filter((cell) => cell.text.startsWith(leadIn)).map((cell) => cell.statementId).sort()).toEqual(["a", "b"]);
  for (const row of rows) expect([row.cells[0].text, row.notReportedBy]).toEqual([row.cells[0].text, []]);
});

// Tester 82 F1: a headline that names the call ("Secretary Blinken's Call with …") over a text that tells the call in
// its own words ("spoke today with") was its own row, "not reported" by the other readout — on its own line and, once
// the segmenter cut it, glued to the first sentence. Words that only name the encounter or the text's kind need no
// repeating in the body; any other new word still makes the headline a claim (tester 61 F6).
test("a headline that names the call joins the text below it, on its own line or glued", () => {
  const body = "Secretary Blinken spoke today with Azerbaijani President Ilham Aliyev. The Secretary welcomed President Aliyev's commitment to a durable peace agreement with Armenia.";
  const other = "President Ilham Aliyev had a phone conversation with U.S. Secretary of State Antony Blinken. The Secretary welcomed the commitment of President Aliyev to a durable peace agreement with Armenia.";
  for (const headline of ["Secretary Blinken's Call with Azerbaijani President Aliyev", "SECRETARY BLINKEN'S CALL WITH AZERBAIJANI PRESIDENT ALIYEV"]) {
    for (const join of ["\n", " "]) {
      const rows = compareTwo(["us", `${headline}${join}${body}`], ["az", other]).rows;
      for (const row of rows) expect([row.cells[0].text, row.notReportedBy]).toEqual([row.cells[0].text, []]);
      expect(rowHolding(rows, "spoke today").cells[0].text.startsWith(headline)).toBe(true);
    }
  }
  // A headline with a claim the body does not repeat keeps its row.
  const rows = compareTwo(["us", `Secretary Blinken's Call with Azerbaijani President Aliyev on Sanctions\n${body}`], ["az", other]).rows;
  expect(rowHolding(rows, "on Sanctions").notReportedBy).toEqual(["az"]);
});

// Tester 89 F1: a headline over a page's office line was its own row, "not reported" by the other readout, when it held
// the call's light verb ("Holds Phone Conversation" over "had a telephone conversation") or, in Russian, the parties'
// names in another case ("Ильхама Алиева" over "Ильхам Алиев"), which the stems do not join. Texts written for this test.
test("a headline with the call's light verb, or with the parties' names in another case, joins the text below it", () => {
  const cases: [string, string, string, string][] = [
    [
      "en",
      "Nikol Pashinyan Holds Phone Conversation with Antony Blinken\nPress Office of the Prime Minister of the Republic of Armenia\n27.11.2023\n",
      "Prime Minister Nikol Pashinyan had a telephone conversation with U.S. Secretary of State Antony Blinken. The interlocutors discussed the normalization process.",
      "Nikol Pashinyan Holds",
    ],
    [
      "ru",
      "Телефонный разговор Ильхама Алиева с Энтони Блинкеном\nПресс-служба Президента Азербайджанской Республики\nБаку, 27 ноября 2023 года, 21:40\n",
      "Президент Азербайджанской Республики Ильхам Алиев провел телефонный разговор с Энтони Блинкеном. Обсуждены вопросы мирного процесса.",
      "Телефонный разговор",
    ],
  ];
  for (const [language, page, body, headline] of cases) {
    const rows = compare([
      { id: "page", label: "page", text: page + body, language },
      { id: "plain", label: "plain", text: body, language },
    ]).rows;
    for (const row of rows) expect([row.cells[0].text, row.notReportedBy]).toEqual([row.cells[0].text, []]);
    expect(rowHolding(rows, headline).cells.length).toBe(2);
  }
  // A Russian headline with a word of its own that the text does not repeat is still a claim.
  const rows = compare([
    { id: "page", label: "page", text: "Алиев обвинил Вашингтон в предвзятости\nПрезидент Азербайджанской Республики Ильхам Алиев провел телефонный разговор с Энтони Блинкеном.", language: "ru" },
    { id: "plain", label: "plain", text: "Президент Азербайджанской Республики Ильхам Алиев провел телефонный разговор с Энтони Блинкеном.", language: "ru" },
  ]).rows;
  expect(rowHolding(rows, "предвзятости").notReportedBy).toEqual(["plain"]);
});
