/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import type { StatementInput } from "@/lib/compare/types";
import { holdsLineBreak, isLineBreak, nextLineBreak } from "@/lib/text/line-breaks";

// Lines written for this test: parts of readouts of Blinken's late-November 2023 calls as a ministry's web page, a
// wire story and a government site might set them (headings, an office line, a dateline, an attribution line, a lead-in
// with its list, a quotation running on into the next paragraph, an Armenian line with its full stop).
const LINES = [
  "Secretary Blinken's Call with Armenian Prime Minister Pashinyan",
  "Office of the Spokesperson",
  "November 27, 2023",
  "The below is attributable to Spokesperson Matthew Miller:",
  "Secretary Blinken spoke with Prime Minister Nikol Pashinyan today about the peace talks.",
  "The Secretary welcomed the steps taken toward a durable agreement.",
  "The sides discussed the following:",
  "1. the opening of regional transport links;",
  "2. the return of detainees;",
  "- support for the displaced families.",
  "Pashinyan thanked the United States.",
  "“We remain committed to direct talks,",
  "“and we expect both leaders to meet soon,” Blinken said.",
  "Telephone conversation with Ilham Aliyev",
  "Aliyev and Blinken discussed the agenda of the peace process.",
  "Բլինքենը և Փաշինյանը քննարկել են խաղաղության օրակարգը։",
  "Պետքարտուղարը շնորհակալություն է հայտնել։",
  "«Мы продолжим поддерживать прямые переговоры», — сказал Блинкен.",
  "Алиев и Блинкен обсудили повестку мирного процесса.",
  "Փաշինյանը հայտարարել է. «Մենք պատրաստ ենք խաղաղության»։",
  // Hard wraps (hard-wraps.ts): lines that end in a comma and go on below.
  "“Peace is within reach,”",
  "Blinken said.",
  "The sides agreed to meet again,",
  "and the talks will go on in Washington.",
];

/** Every line break the engine reads (lib/text/line-breaks.ts) but LF, each one UTF-16 unit as LF is. */
const OTHER_BREAKS = ["\r", "\u2028", "\u2029"];

/** The comparison as JSON with every other break written back as LF, so the two can be compared character for character. */
function comparedWithLineFeeds(statements: StatementInput[], lineBreak: string): string {
  const json = JSON.stringify(compare(statements.map((statement) => ({ ...statement, text: statement.text.split("\n").join(lineBreak) }))));
  const escaped = lineBreak === "\r" ? "\\r" : lineBreak;
  return json.split(escaped).join("\\n");
}

const statementsOf = (texts: string[]): StatementInput[] => texts.map((text, k) => ({ id: `s${k}`, label: `Statement ${k}`, text }));

describe("line breaks: a text whose lines are separated by CR, U+2028 or U+2029 is read as with LF", () => {
  test("the shared definition: UAX #29's paragraph separators that are white space (not NEL, which stored texts turn into LF)", () => {
    for (const code of [0x0a, 0x0d, 0x2028, 0x2029]) expect(isLineBreak(code)).toBe(true);
    for (const code of [0x20, 0x09, 0x0b, 0x0c, 0x85, 0xa0, 0x3000]) expect(isLineBreak(code)).toBe(false);
    expect(holdsLineBreak("one\u2028two")).toBe(true);
    expect(holdsLineBreak("one two", 0, 7)).toBe(false);
    expect(nextLineBreak("ab\rcd\ne", 0)).toBe(2);
    expect(nextLineBreak("ab\rcd\ne", 3)).toBe(5);
    expect(nextLineBreak("abc")).toBe(-1);
  });

  test("a ministry page with headings, an office line and a lead-in with its list: the same rows, segments and verdicts", () => {
    const page = [LINES[0], LINES[1], LINES[2], LINES[3], LINES[4], LINES[5], LINES[6], LINES[7], LINES[8], LINES[9]].join("\n");
    const wire = [LINES[4], LINES[10], LINES[11], LINES[12]].join("\n\n");
    const statements = statementsOf([page, wire]);
    const withLineFeeds = JSON.stringify(compare(statements));
    for (const lineBreak of OTHER_BREAKS) expect(comparedWithLineFeeds(statements, lineBreak)).toBe(withLineFeeds);
  });

  test("property: any texts made of these lines compare the same whichever break separates the lines", () => {
    const text = fc.array(fc.tuple(fc.constantFrom(...LINES), fc.constantFrom("\n", "\n\n")), { minLength: 1, maxLength: 8 }).map((lines) => lines.map(([line, gap]) => line + gap).join("").trimEnd());
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 3 }), fc.constantFrom(...OTHER_BREAKS), (texts, lineBreak) => {
        const statements = statementsOf(texts);
        expect(comparedWithLineFeeds(statements, lineBreak)).toBe(JSON.stringify(compare(statements)));
      }),
      { numRuns: 100 },
    );
  });
});
