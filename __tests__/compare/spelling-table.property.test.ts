/** @jest-environment node */
import fc from "fast-check";
import { Lexicon } from "@/lib/compare/lexicon";
import { SpellingTable } from "@/lib/compare/spelling-table";
import { foldWord } from "@/lib/text/fold";

// Spellings from a few letters (so many repeat, differ by case or by one letter, and share hashes' low bits), with
// non-ASCII letters and a surrogate pair among them.
const spelling = fc.array(fc.constantFrom("a", "b", "A", "é", "É", "ş", "𝐀", "1", "-"), { minLength: 1, maxLength: 6 }).map((letters) => letters.join(""));

describe("Lexicon.codeAt reads a spelling where it stands in a text (through its SpellingTable)", () => {
  test("the same spelling anywhere gets one code; its word is the folded spelling; the capital bit says whether it is capitalised", () => {
    fc.assert(
      fc.property(fc.array(spelling, { minLength: 1, maxLength: 300 }), (spellings) => {
        const lexicon = new Lexicon();
        const text = spellings.join(" ");
        const codes = new Map<string, number>();
        let start = 0;
        for (const raw of spellings) {
          const code = lexicon.codeAt(text, start, start + raw.length);
          start += raw.length + 1;
          if (codes.has(raw)) expect(code).toBe(codes.get(raw));
          codes.set(raw, code);
          expect(lexicon.words[code >> 1]).toBe(foldWord(raw));
          expect(code & 1).toBe(/^\p{Lu}|^\p{Lt}/u.test(raw) ? 1 : 0);
        }
      }),
    );
  });

  test("thousands of distinct spellings (the table grows several times) keep their codes", () => {
    const lexicon = new Lexicon();
    const spellings = Array.from({ length: 20_000 }, (_, k) => `w${k.toString(36)}${k % 3 === 0 ? "é" : ""}`);
    const text = spellings.join(" ");
    const first: number[] = [];
    let start = 0;
    for (const raw of spellings) {
      first.push(lexicon.codeAt(text, start, start + raw.length));
      start += raw.length + 1;
    }
    expect(new Set(first).size).toBe(spellings.length);
    // Read again from another text (the same spellings in reverse order): the codes come back unchanged.
    const reversed = [...spellings].reverse();
    const again = reversed.join(" ");
    start = 0;
    reversed.forEach((raw, k) => {
      expect(lexicon.codeAt(again, start, start + raw.length)).toBe(first[spellings.length - 1 - k]);
      start += raw.length + 1;
    });
  });
});

describe("SpellingTable", () => {
  test("one entry per distinct spelling, numbered in order of first sight, wherever it stands", () => {
    fc.assert(
      fc.property(fc.array(spelling, { minLength: 1, maxLength: 400 }), fc.nat(5), (spellings, padding) => {
        const table = new SpellingTable();
        const text = " ".repeat(padding) + spellings.join(" ");
        const firstSeen = new Map<string, number>();
        let start = padding;
        for (const raw of spellings) {
          const before = table.size;
          const entry = table.intern(text, start, start + raw.length);
          start += raw.length + 1;
          if (!firstSeen.has(raw)) {
            expect(entry).toBe(before);
            firstSeen.set(raw, entry);
          } else expect(entry).toBe(firstSeen.get(raw));
        }
        expect(table.size).toBe(firstSeen.size);
      }),
    );
  });
});
