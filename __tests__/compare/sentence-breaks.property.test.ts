/** @jest-environment node */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { handlesLanguage, plainSentenceStarts, sentenceStarts, sentenceStartsByBases } from "@/lib/compare/sentence-breaks";
import { splitSentences } from "@/lib/compare/segment";

/** What the scan replaces: Intl.Segmenter's sentence starts for text[from, to) alone. */
function intlStarts(text: string, from: number, to: number, language = "en"): number[] {
  const starts: number[] = [];
  for (const piece of new Intl.Segmenter(language, { granularity: "sentence" }).segment(text.slice(from, to))) starts.push(piece.index);
  return starts;
}

// Contexts that exercise every UAX #29 sentence rule around one character X.
const TEMPLATES = [
  "Ab. X d", "ab. X", "ab.X D", "Ab X. D", "Ab X? D", "ab.Xx", "A.X.", "ab. Xd", "x X. y", "x. X", "x.X", "x!X d. E", "1.X", "X.1",
  "x. (X d", "x.) X", "x. X. d", "X", "a X b", "a.X b", "A.X b", "a? X b", "a?X B", "a.)X B", "a.\nX", "X\nb", "a. X\u0301 b",
  "a.  X  c", "a.”X c", "a.” X C", "1. X 2", "a X. 2", "X. b", "X? b", "X b. C", "a.X. B",
];

// Pieces of readout-like text: abbreviations, initials, numbers, quotations, ellipses, other scripts, marks and separators.
const PIECES = [
  "The", "minister", "said", "Mr.", "Dr.", "U.S.", "No.", "etc.", "e.g.", "J.", "3.5", "1,000", "19-20", "70", "days.", "talks.", "call?",
  "agreed!", "...", "…", "“", "”", "‘", "’", "\"", "'", "«", "»", "(", ")", "[", "]", ",", ";", ":", "-", "–", "—", "/",
  "Пашинян", "сказал", "т.е.", "г.", "Ереван։", "հայտարարեց", "՞", "Əliyev", "ʼ", "İstanbul", "café", "cafe\u0301", "soft\u00adhyphen",
  "zero\u200bwidth", "?!", "!", ".", "?", "։",
];
const SEPARATORS = [" ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\u00a0", "\t", "\u2029", ""];
const textArb = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS), fc.boolean()), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([piece, separator, capital]) => (capital ? piece[0].toUpperCase() + piece.slice(1) : piece) + separator).join(""));

describe("sentenceStarts (UAX #29 scan) equals Intl.Segmenter", () => {
  it("on every handled character in every rule's context", () => {
    let handled = 0;
    let compared = 0;
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      if (sentenceStarts(char, 0, 1) === null) continue;
      handled++;
      for (const template of TEMPLATES) {
        const text = template.replaceAll("X", char);
        const scanned = sentenceStarts(text, 0, text.length);
        if (JSON.stringify(scanned) !== JSON.stringify(intlStarts(text, 0, text.length))) {
          throw new Error(`U+${code.toString(16)} in ${JSON.stringify(text)}: ${JSON.stringify(scanned)} vs ${JSON.stringify(intlStarts(text, 0, text.length))}`);
        }
        compared++;
      }
    }
    // Latin (to U+02FF), combining marks, Cyrillic, Armenian, general punctuation, currency, U+FEFF.
    expect(handled).toBe(1420);
    expect(compared).toBe(1420 * TEMPLATES.length);
  }, 60_000);

  it("on generated readout-like texts and any window of them, in every handled language", () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), fc.constantFrom("en", "ru", "hy", "az", "uk", "fr", "de", "en-GB"), (text, a, b, language) => {
        const from = text.length ? a % text.length : 0;
        const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
        const scanned = sentenceStarts(text, from, to);
        expect(scanned).not.toBeNull();
        expect(scanned).toEqual(intlStarts(text, from, to, language));
        expect(sentenceStarts(text, 0, text.length)).toEqual(intlStarts(text, 0, text.length, language));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it("on the seed news report, whole and in 512-character windows", () => {
    const text = readFileSync(path.join(process.cwd(), "prisma/seed-data/blinken-calls-news-report.txt"), "utf8");
    const starts = sentenceStarts(text, 0, text.length);
    expect(starts).toEqual(intlStarts(text, 0, text.length));
    expect(starts!.length).toBeGreaterThan(10);
    for (let from = 0; from < text.length; from += 97) expect(sentenceStarts(text, from, Math.min(text.length, from + 512))).toEqual(intlStarts(text, from, Math.min(text.length, from + 512)));
  });

  it("answers null for a character it does not handle, and declines tailored languages", () => {
    expect(sentenceStarts("Greek: αβγ. Δ", 0, 13)).toBeNull();
    expect(sentenceStarts("An emoji 🙂. Then", 0, 17)).toBeNull();
    expect(handlesLanguage("el")).toBe(false);
    expect(handlesLanguage("en-u-ss-standard")).toBe(false);
    expect(handlesLanguage("en-GB")).toBe(true);
    // The fallback gives Intl.Segmenter's sentences there (UAX #29 breaks after "β." before a capital).
    expect(splitSentences("Alpha αβ. Δelta follows here.", "en").map(({ start, end }) => [start, end])).toEqual([[0, 9], [10, 29]]);
    // Greek is tailored in ICU: ";" is its question mark.
    expect(splitSentences("Τι κάνεις; Καλά.", "el").length).toBe(2);
  });

  it("reads a text without Extend or Format characters alike by its plain scan and by its base characters", () => {
    // The generated texts without their combining acute, soft hyphen and zero-width space: every character its own base.
    const plainText = textArb.map((text) => text.replace(/[\u0301\u00ad\u200b]/gu, ""));
    fc.assert(
      fc.property(plainText, (text) => {
        expect(plainSentenceStarts(text, 0, text.length)).toEqual(sentenceStartsByBases(text, 0, text.length));
        // Any window of it, as splitSentences reads texts (the search for terminators is remembered between windows).
        for (let from = 0; from < text.length; from += 7) {
          const to = Math.min(text.length, from + 23);
          expect(plainSentenceStarts(text, from, to)).toEqual(sentenceStartsByBases(text, from, to));
        }
      }),
      { numRuns: 3000 },
    );
    // Terminators and separators back to back, at the very start and end, and a lower-case letter far ahead (SB8).
    for (const text of [".", "\n", "a.", ".\n", "\r\n\r\n", "!?.A", "A. ( 1 , - . b", ". . . X", `Mr. ${"(".repeat(600)}then`, "Ab.\u2029Cd"]) {
      expect(plainSentenceStarts(text, 0, text.length)).toEqual(sentenceStartsByBases(text, 0, text.length));
    }
  });
});
