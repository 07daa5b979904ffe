/** @jest-environment node */
import { Parser, HtmlRenderer } from "commonmark";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { JSDOM } from "jsdom";
import type { DiffPart } from "@/lib/compare/types";
import { neutraliseFormula, toCsv } from "@/lib/export/csv";
import { htmlDiff } from "@/lib/export/html";
import { markdownDiff } from "@/lib/export/markdown";

/** Markdown → HTML by the CommonMark reference implementation → a DOM fragment. */
function commonmarkBody(markdown: string): HTMLElement {
  const html = new HtmlRenderer().render(new Parser().parse(markdown));
  return new JSDOM(`<body>${html}</body>`).window.document.body;
}

const texts = (body: HTMLElement, selector: string) => [...body.querySelectorAll(selector)].map((element) => element.textContent);
const squash = (text: string) => text.replace(/\s+/gu, " ").trim();

describe("Markdown diff in CommonMark", () => {
  test("an insertion glued to a name and an apostrophe is an insertion, not literal asterisks", () => {
    const parts: DiffPart[] = [
      { op: "equal", text: "A call with Pashinyan" },
      { op: "insert", text: "’s office" },
      { op: "equal", text: " took place." },
    ];
    const body = commonmarkBody(markdownDiff(parts));
    expect(texts(body, "ins")).toEqual(["’s office"]);
    expect(body.textContent).not.toContain("*");
    expect(squash(body.textContent!)).toBe("A call with Pashinyan’s office took place.");
  });

  test("an unchanged word between two inserted quote marks is not shown as inserted", () => {
    const parts: DiffPart[] = [
      { op: "equal", text: "He called it " },
      { op: "insert", text: "“" },
      { op: "equal", text: "constructive" },
      { op: "insert", text: "”" },
      { op: "equal", text: "." },
    ];
    const body = commonmarkBody(markdownDiff(parts));
    expect(texts(body, "ins")).toEqual(["“", "”"]);
    expect(squash(body.textContent!)).toBe("He called it “constructive”.");
  });

  test("a deletion and an insertion that meet word to word keep a space between them (Markdown and HTML)", () => {
    const parts: DiffPart[] = [
      { op: "equal", text: "long and " },
      { op: "delete", text: "tense" },
      { op: "insert", text: "frank" },
      { op: "equal", text: " talks" },
    ];
    const body = commonmarkBody(markdownDiff(parts));
    expect(texts(body, "del")).toEqual(["tense"]);
    expect(texts(body, "ins")).toEqual(["frank"]);
    expect(squash(body.textContent!)).toBe("long and tense frank talks");
    expect(htmlDiff(parts)).toBe("long and <del>tense</del> <ins>frank</ins> talks");
  });

  test("property: every inserted and deleted part renders as exactly its own <ins>/<del>, the rest as plain text", () => {
    const piece = fc.constantFrom("peace", "Pashinyan", "’s", "'s", "“", "”", '"', "'", ",", ".", "*", "**", "_", "~~", "`", "&amp;", "&copy;", "<b>", "[x](y)", "|", "#", "-", "1.", "\\", "!", " ", " ", "Ի՞նչ", "100 000");
    const part = fc.record({
      op: fc.constantFrom<DiffPart["op"]>("equal", "insert", "delete"),
      text: fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join("")),
    });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 8 }), (parts) => {
        const body = commonmarkBody(markdownDiff(parts));
        const changed = (op: DiffPart["op"]) => parts.filter((p) => p.op === op && p.text.trim()).map((p) => p.text.trim());
        expect(texts(body, "ins").map((t) => t!.trim())).toEqual(changed("insert"));
        expect(texts(body, "del").map((t) => t!.trim())).toEqual(changed("delete"));
        expect(body.querySelectorAll("em, strong, a, code, h1, li, blockquote, b").length).toBe(0);
        // The text reads as the parts joined (a seam space at most between a deletion and an insertion).
        const seamless = (text: string) => text.replace(/\s+/gu, "");
        expect(seamless(body.textContent!)).toBe(seamless(parts.map((p) => p.text).join("")));
      }),
      { numRuns: 120 },
    );
  });
});

describe("CSV fields for spreadsheets in every locale", () => {
  test("fields with a comma, semicolon, tab, quote or line break are quoted; others are not", () => {
    const csv = toCsv([["a,b", "c;d", "e\tf", 'say "yes"', "two\nlines", "plain", "1 250 000"]]);
    expect(csv).toBe('\uFEFF"a,b","c;d","e\tf","say ""yes""","two\nlines",plain,1 250 000\r\n');
  });

  test("formulas are neutralised also after leading spaces or quote marks", () => {
    expect(neutraliseFormula("=1+1")).toBe("'=1+1");
    expect(neutraliseFormula('  =HYPERLINK("x")')).toBe("'  =HYPERLINK(\"x\")");
    expect(neutraliseFormula('"=cmd"')).toBe("'\"=cmd\"");
    expect(neutraliseFormula("“+1 for the talks”")).toBe("'“+1 for the talks”");
    expect(neutraliseFormula(" '@everyone")).toBe("' '@everyone");
    expect(neutraliseFormula("\tx")).toBe("'\tx");
    expect(neutraliseFormula("The minister said = is fine")).toBe("The minister said = is fine");
    expect(neutraliseFormula("100 people")).toBe("100 people");
  });

  test("property: any field survives a round trip, is quoted when it holds a separator, and never starts a formula", () => {
    const char = fc.constantFrom("a", "Б", "ա", " ", ",", ";", "\t", '"', "'", "“", "\n", "\r\n", "=", "+", "-", "@", "1");
    const field = fc.array(char, { maxLength: 10 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 5 }), (row) => {
        const csv = toCsv([row]);
        const [parsed]: string[][] = parse(csv, { bom: true, relax_column_count: true });
        expect(parsed).toEqual(row.map(neutraliseFormula));
        for (const original of row) {
          const value = neutraliseFormula(original);
          if (/[",;\t\r\n]/.test(value)) expect(csv).toContain(`"${value.replace(/"/g, '""')}"`);
          // A spreadsheet skips spaces and quote marks before a formula, and runs a leading tab or CR (OWASP):
          // such a cell gets the apostrophe, no other does.
          expect(value).toBe(/^(?:[\s"'“]*[=+\-@]|[\t\r])/u.test(original) ? `'${original}` : original);
        }
      }),
      { numRuns: 300 },
    );
  });
});
