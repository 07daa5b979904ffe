/** @jest-environment node */
import fc from "fast-check";
import { analyseStatement, type Unit } from "@/lib/compare/analyse";
import { rejoinUnhelpfulClauses } from "@/lib/compare/clauses";
import { joinLeadIns } from "@/lib/compare/lead-ins";
import { Lexicon } from "@/lib/compare/lexicon";
import { splitSentences } from "@/lib/compare/segment";
import type { SparseVector } from "@/lib/compare/similarity";

// The segmenter marks where it cut a line pasted run together (segment.ts TextRange.gluedCut), and lead-ins.ts reads
// that mark instead of reading the line's words again (session 16, helper H2). Texts written for this test; the facts
// are those of Blinken's calls of 27 November 2023.

const HEADLINE = "Secretary Blinken's Call with Armenian Prime Minister Pashinyan";
const BODY = "Secretary Blinken spoke today with Armenian Prime Minister Nikol Pashinyan.";
const PAGE = [
  "Secretary Blinken's Call with Azerbaijani President Aliyev",
  "Office of the Spokesperson",
  "November 27, 2023",
  "The below is attributable to Spokesperson Matthew Miller:",
  "Secretary Blinken spoke today with Azerbaijani President Ilham Aliyev.",
];

/** Each sentence's text, with " <cut>" after it where the segmenter marked a glued cut. */
const marked = (text: string, language = "en") =>
  splitSentences(text, language).map((range) => text.slice(range.start, range.end) + (range.gluedCut ? " <cut>" : ""));

describe("the segmenter marks the sentences that end at a glued cut", () => {
  it("marks a headline glued to its sentence, not the sentence", () => {
    expect(marked(`${HEADLINE} ${BODY}\nThe two discussed the peace talks.`)).toEqual([`${HEADLINE} <cut>`, BODY, "The two discussed the peace talks."]);
  });

  it("marks each piece of a web page's top pasted on one line, not the text after it", () => {
    expect(marked(PAGE.join(" "))).toEqual([...PAGE.slice(0, 4).map((line) => `${line} <cut>`), PAGE[4]]);
  });

  it("marks a Russian page's office line and dateline", () => {
    const text = "Телефонный разговор Ильхама Алиева с Энтони Блинкеном Пресс-служба Президента Азербайджанской Республики 27.11.2023 Стороны обсудили мирный процесс.";
    expect(marked(text, "ru")).toEqual([
      "Телефонный разговор Ильхама Алиева с Энтони Блинкеном <cut>",
      "Пресс-служба Президента Азербайджанской Республики <cut>",
      "27.11.2023 <cut>",
      "Стороны обсудили мирный процесс.",
    ]);
  });

  it("marks nothing where the lines keep their breaks, or where sentences end at their punctuation", () => {
    expect(marked(PAGE.join("\n"))).toEqual(PAGE);
    expect(marked(`${HEADLINE}\n${BODY}`)).toEqual([HEADLINE, BODY]);
    expect(marked(`${BODY} The Secretary welcomed the progress. He noted the call was useful.`)).toEqual([
      BODY,
      "The Secretary welcomed the progress.",
      "He noted the call was useful.",
    ]);
  });

  it("property: a marked sentence is followed on its line; two sentences on one line are marked apart or end at punctuation", () => {
    const lines = PAGE.concat([
      HEADLINE,
      "BLINKEN, PASHINYAN DISCUSS PEACE TALKS",
      "Nikol Pashinyan Holds Phone Conversation with Antony Blinken",
      "Press Office of the Prime Minister of the Republic of Armenia",
      "27.11.2023",
      "Baku, 27 ноября 2023 года, 21:40",
      "Readout",
      BODY,
      "The Secretary welcomed the progress in the talks.",
      "He noted the call was useful.",
      "Talks resume next week",
    ]);
    const pieces = fc.nat({ max: lines.length - 1 }).map((k) => lines[k]);
    const separator = fc.constantFrom(" ", " ", "\n", "\n\n");
    fc.assert(
      fc.property(fc.array(fc.tuple(pieces, separator), { minLength: 1, maxLength: 7 }), (parts) => {
        const text = parts.map(([piece, gap]) => piece + gap).join("");
        const sentences = splitSentences(text, "en");
        sentences.forEach((sentence, s) => {
          const next = sentences[s + 1];
          const sameLine = next !== undefined && !/[\n\r\u2028\u2029]/u.test(text.slice(sentence.end, next.start));
          if (sentence.gluedCut) expect(sameLine).toBe(true);
          else if (sameLine) expect(text.slice(sentence.start, sentence.end)).toMatch(/[.!?:…]["'”’»)\]]*$/u);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe("units carry the mark", () => {
  it("on the unit that ends the marked sentence", () => {
    const text = `${HEADLINE} ${BODY}`;
    const { units } = analyseStatement({ id: "us", label: "State", text }, 0, new Lexicon(), true);
    expect(units.map((unit) => [text.slice(unit.start, unit.end), unit.gluedCut])).toEqual([
      [HEADLINE, true],
      [BODY, false],
    ]);
  });

  it("on a sentence rebuilt from its clauses when its last clause carries it (clauses.ts)", () => {
    const clause = (start: number, end: number, clauseIndex: number, gluedCut: boolean): Unit => ({
      statement: 0,
      start,
      end,
      kind: "clause",
      sentenceIndex: 0,
      clauseIndex,
      tokenFrom: clauseIndex,
      tokenTo: clauseIndex + 1,
      gluedCut,
    });
    const units = [clause(0, 10, 0, false), clause(11, 20, 1, true)];
    const vectors: SparseVector[] = units.map(() => ({ terms: new Int32Array([1]), weights: new Float64Array([1]), from: 0, to: 1, norm: 1 }));
    const groups = rejoinUnhelpfulClauses([[0, 1]], units, vectors);
    expect(groups).toEqual([[2]]);
    expect(units[2]).toMatchObject({ start: 0, end: 20, kind: "sentence", gluedCut: true });
  });
});

describe("joinLeadIns reads the segmenter's mark, not the line's words again", () => {
  // Statement 0: a short line, then a sentence, on one line; statement 1's sentence shares the second's row.
  const rowsFor = (headline: string, body: string, gluedCut: boolean) => {
    const text = `${headline} ${body}`;
    const other = "The ministers held border talks by phone.";
    const unit = (statement: number, start: number, end: number, sentenceIndex: number, glued: boolean): Unit => ({
      statement,
      start,
      end,
      kind: "sentence",
      sentenceIndex,
      clauseIndex: 0,
      tokenFrom: 0,
      tokenTo: 0,
      gluedCut: glued,
    });
    const units = [unit(0, 0, headline.length, 0, gluedCut), unit(0, headline.length + 1, text.length, 1, false), unit(1, 0, other.length, 0, false)];
    const texts = [text, other];
    const ids = new Map<string, number>();
    const termsOf = (u: number) =>
      (texts[units[u].statement].slice(units[u].start, units[u].end).toLowerCase().match(/\p{L}+/gu) ?? []).map((word) => {
        if (!ids.has(word)) ids.set(word, ids.size);
        return ids.get(word)!;
      });
    return joinLeadIns([[0], [1, 2]], units, texts, termsOf);
  };

  it("joins an unpunctuated line the segmenter cut from its sentence to the text it heads", () => {
    // "Border talks" is too short for glued-headlines.ts to find it: only the mark says the line ended there.
    expect(rowsFor("Border talks", "The ministers held border talks.", true)).toEqual([[1, 2, 0]]);
  });

  it("leaves a line the segmenter did not cut from its sentence in its own row, however its words read", () => {
    // Read again, these words look like a headline glued to its sentence (glued-headlines.ts rule 3b); unmarked, no
    // line ended there.
    expect(rowsFor("Border Treaty Talks By Phone", "The ministers held border treaty talks by phone.", false)).toEqual([[0], [1, 2]]);
    expect(rowsFor("Border Treaty Talks By Phone", "The ministers held border treaty talks by phone.", true)).toEqual([[1, 2, 0]]);
  });
});
