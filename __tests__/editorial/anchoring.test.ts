/** @jest-environment node */
import { reanchor, selectorFor, splitByHighlights } from "@/lib/text/anchoring";

describe("selectorFor (TextQuote + TextPosition)", () => {
  test("takes the exact words with up to 32 characters of context either side", () => {
    const text = "A".repeat(40) + "the claim" + "B".repeat(40);
    expect(selectorFor(text, 40, 49)).toEqual({ exact: "the claim", prefix: "A".repeat(32), suffix: "B".repeat(32), start: 40, end: 49 });
  });

  test("refuses empty, whitespace-only and out-of-range spans", () => {
    expect(selectorFor("abc", 1, 1)).toBeNull();
    expect(selectorFor("a   b", 1, 4)).toBeNull();
    expect(selectorFor("abc", 2, 9)).toBeNull();
    expect(selectorFor("abc", -1, 2)).toBeNull();
  });
});

describe("reanchor", () => {
  const original = "The minister said talks were useful. Later the minister said talks were useful again.";
  const second = original.lastIndexOf("talks were useful");
  const selector = selectorFor(original, second, second + "talks were useful".length)!;

  test("keeps the position when the text is unchanged", () => {
    expect(reanchor(original, selector)).toEqual({ start: second, end: second + 17 });
  });

  test("follows the words when text is inserted before them", () => {
    const edited = "Yerevan, 27 November. " + original;
    expect(reanchor(edited, selector)).toEqual({ start: second + 22, end: second + 39 });
  });

  test("picks the occurrence whose context matches, not merely the nearest", () => {
    // Delete the first sentence's tail so the first occurrence moves right next to the old offset of the second.
    const edited = "Later the minister said talks were useful again. The minister said talks were useful.";
    const span = reanchor(edited, selector)!;
    expect(edited.slice(span.start, span.end + 6)).toBe("talks were useful again");
    expect(span.start).toBe(edited.indexOf("talks were useful"));
  });

  test("returns null (orphaned) when the words are gone", () => {
    expect(reanchor("The minister said nothing.", selector)).toBeNull();
  });

  test("works with emoji and right-to-left text (UTF-16 offsets)", () => {
    const text = "👍🏽 قال الوزير 🇦🇲 done";
    const start = text.indexOf("الوزير");
    const sel = selectorFor(text, start, start + "الوزير".length)!;
    const edited = "🎉🎉 " + text;
    const span = reanchor(edited, sel)!;
    expect(edited.slice(span.start, span.end)).toBe("الوزير");
  });
});

describe("splitByHighlights", () => {
  test("cuts at every boundary and lists the covering highlights, overlaps included", () => {
    const pieces = splitByHighlights("abcdefgh", [
      { id: 1, start: 1, end: 5 },
      { id: 2, start: 3, end: 7 },
    ]);
    expect(pieces.map((p) => [p.text, p.ids])).toEqual([
      ["a", []],
      ["bc", [1]],
      ["de", [1, 2]],
      ["fg", [2]],
      ["h", []],
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe("abcdefgh");
  });

  test("ignores highlights outside the text", () => {
    expect(splitByHighlights("abc", [{ id: 1, start: 2, end: 10 }])).toEqual([{ text: "abc", start: 0, ids: [] }]);
  });
});
