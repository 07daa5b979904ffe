/** @jest-environment node */
import fc from "fast-check";
import { ALL_CAPITALS, CAPITALISED, LOWER_CASE, NO_CASE, ONE_CAPITAL, letterCaseAt } from "@/lib/compare/capitals";
import { LineWords, isLetterOrDigitAt } from "@/lib/compare/line-words";

// The one reader of a line's words that glued-headlines.ts and page-furniture.ts share (session 16, helper H2).
// Texts written for this test.

/** Every word read, as [word, core, letter case, fold]. */
const readAll = (text: string, start = 0, end = text.length) => {
  const line = new LineWords(text, start, end);
  const words: [string, string, number, string][] = [];
  for (let k = 0; line.get(k) !== null; k++) {
    const word = line.get(k)!;
    words.push([text.slice(word.start, word.end), text.slice(word.coreStart, word.coreEnd), line.letterCase(k), line.folded(k)]);
  }
  return words;
};

describe("LineWords", () => {
  it("reads white-space separated words, their cores without the punctuation around them, case and fold", () => {
    expect(readAll("«Secretary Blinken's» CALL,  with\u00a0U.S. — 27.11.2023")).toEqual([
      ["«Secretary", "Secretary", CAPITALISED, "secretary"],
      ["Blinken's»", "Blinken's", CAPITALISED, "blinken's"],
      ["CALL,", "CALL", ALL_CAPITALS, "call"],
      ["with", "with", LOWER_CASE, "with"],
      ["U.S.", "U.S", ALL_CAPITALS, "u.s"],
      ["—", "", NO_CASE, ""],
      ["27.11.2023", "27.11.2023", NO_CASE, "27.11.2023"],
    ]);
  });

  it("reads Cyrillic and Armenian letters as letters, and only the range given", () => {
    const text = "Пресс-служба Президента: ՀՀ վարչապետի I";
    expect(readAll(text, 0, text.length).map(([, core, letterCase]) => [core, letterCase])).toEqual([
      ["Пресс-служба", CAPITALISED],
      ["Президента", CAPITALISED],
      ["ՀՀ", ALL_CAPITALS],
      ["վարչապետի", LOWER_CASE],
      ["I", ONE_CAPITAL],
    ]);
    expect(readAll(text, 13, 24).map(([word]) => word)).toEqual(["Президента:"]);
  });

  it("tells punctuation after a word's core, and finds the word at an offset", () => {
    const line = new LineWords("Office of the Spokesperson: November 27, 2023", 0, 45);
    expect([0, 1, 2, 3, 4, 5, 6].map((k) => line.get(k) !== null && line.followedBy(k, /[,:]/u))).toEqual([false, false, false, true, false, true, false]);
    expect(line.indexAt(27, 0)).toBe(4);
    expect(line.indexAt(45, 2)).toBe(7);
    expect(line.get(7)).toBeNull();
  });

  it("property: words are the runs of non-white-space; a core is the run trimmed of what is no letter or digit", () => {
    const characters = "aZ9 ,.:«»—'’-\u00a0\n\tЖжՀհ";
    const alphabet = fc.nat({ max: characters.length - 1 }).map((k) => characters[k]);
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join("")), (text) => {
        const runs = Array.from(text.matchAll(/\S+/gu), (match) => ({ start: match.index, end: match.index + match[0].length }));
        const line = new LineWords(text, 0, text.length);
        runs.forEach((run, k) => {
          const word = line.get(k)!;
          expect({ start: word.start, end: word.end }).toEqual(run);
          const core = /^[^\p{L}\p{N}]*(.*?)[^\p{L}\p{N}]*$/su.exec(text.slice(run.start, run.end))![1];
          expect(text.slice(word.coreStart, word.coreEnd)).toBe(core);
          expect(line.letterCase(k)).toBe(core === "" ? NO_CASE : letterCaseAt(text, word.coreStart, word.coreEnd));
        });
        expect(line.get(runs.length)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it("isLetterOrDigitAt reads ASCII and other scripts alike", () => {
    const text = "a Z 9 , Ж ժ ٣ —";
    expect(Array.from(text, (_c, i) => isLetterOrDigitAt(text, i))).toEqual(Array.from(text, (c) => /[\p{L}\p{N}]/u.test(c)));
  });
});
