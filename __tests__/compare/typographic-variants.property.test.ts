/** @jest-environment node */
import fc from "fast-check";
import { compare, type DiffPart } from "@/lib/compare";
import { diffWordsBounded } from "@/lib/compare/diff";
import { wordDiff } from "@/lib/diff/word-diff";
import { splitsGrapheme } from "@/lib/text/graphemes";
import { layoutChanges } from "@/lib/view/change-blocks";

/**
 * Issue 9, "Tests": for random statements T and a random typographic variant V(T), Readout must see
 * no difference at all — one row per sentence with similarity 1, every quotation verbatim, a version
 * with similarity 1, no change in any diff — and no diff may ever cut a grapheme.
 */

// Words with the features the fold must see through: accents (composed here), dotted/dotless i, ß,
// apostrophes, hyphenated compounds. Invented or generic words, written for this test.
const WORDS = [
  "talks", "border", "ministers", "agreed", "crossing", "commission", "delegation", "statement", "peace", "treaty",
  "café", "résumé", "naïve", "Zürich", "Malmö", "Bakı", "İzmir", "Straße", "O’Neill", "don’t", "sides’",
  "cross-border", "long-term", "Nagorno-Karabakh", "Յերևան", "переговоры", "σοφός", "week", "envoy", "draft",
];

const wordArb = fc.constantFrom(...WORDS);
const sentenceArb = fc.record({
  words: fc.array(wordArb, { minLength: 4, maxLength: 10 }),
  quoted: fc.option(fc.array(wordArb, { minLength: 3, maxLength: 6 }), { freq: 3 }),
  dash: fc.boolean(),
  count: fc.option(fc.constantFrom("1,250,000", "12,000,000", "3,400,500", "70,100,250"), { freq: 2 }),
});

/** A statement: sentences made distinct by a counter word, some with a quotation or a spaced dash. */
function statementText(sentences: { words: string[]; quoted: string[] | null; dash: boolean; count: string | null }[]): string {
  return sentences
    .map(({ words, quoted, dash, count }, i) => {
      const body = [`Item${"abcdefghijklmnopqrstuvwxyz"[i]}`, ...words];
      if (dash) body.splice(2, 0, "—");
      // A number never stands next to another, so a space-grouped one cannot run into its neighbour.
      if (count) body.push("for", count, "people");
      const quotation = quoted ? ` and said “${quoted.join(" ")}”` : "";
      return `${body.join(" ")}${quotation}.`;
    })
    .join(" ");
}

type Variant = (text: string, pick: () => number) => string;

// Each variant changes typography only. `pick` gives numbers in [0, 1) chosen by fast-check.
const VARIANTS: Record<string, Variant> = {
  quoteStyle: (text, pick) => {
    const [open, close] = [["\"", "\""], ["«", "»"], ["„", "“"], ["‘", "’"]][Math.floor(pick() * 4)];
    return text.replace(/“/gu, open).replace(/”/gu, close);
  },
  apostrophes: (text) => text.replace(/’/gu, "'"),
  decomposed: (text) => text.normalize("NFD"),
  softHyphens: (text, pick) => text.replace(/(?<=\p{L})(?=\p{L})/gu, () => (pick() < 0.15 ? (pick() < 0.5 ? "\u00ad" : "\u200b") : "")),
  noBreakSpaces: (text, pick) => text.replace(/ (?=\p{L})/gu, () => (pick() < 0.3 ? "\u00a0" : pick() < 0.3 ? "\u202f" : " ")),
  // Case changes that keep a name a name (capitalised on both sides): lower-casing a name ("İzmir" → "izmir") turns it
  // into a word, which the version diff calls a fact (docs/edit-classes.md), so it is no typographic variant.
  turkicCase: (text) => text.replace(/Bakı/gu, "BAKI").replace(/İzmir/gu, "IZMIR"),
  shouted: (text) => text.replace(/Straße/gu, "STRASSE").replace(/σοφός/gu, "ΣΟΦΟΣ"),
  dashes: (text, pick) => text.replace(/—/gu, () => ["–", "--", "-", "―"][Math.floor(pick() * 4)]),
  // Thousands grouped in another locale's style (two groups or more, so "." cannot be a decimal mark).
  thousands: (text, pick) =>
    text.replace(/\d{1,3}(?:,\d{3})+/gu, (number) => number.replace(/,/gu, [".", " ", "\u00a0", "\u202f", "'", "’"][Math.floor(pick() * 6)])),
  hyphens: (text, pick) => text.replace(/(?<=\p{L})-(?=\p{L})/gu, () => ["‑", "‐", "-"][Math.floor(pick() * 3)]),
};

const variantArb = fc.record({
  kinds: fc.subarray(Object.keys(VARIANTS), { minLength: 1 }),
  choices: fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 64, maxLength: 64 }),
});

function applyVariants(text: string, { kinds, choices }: { kinds: string[]; choices: number[] }): string {
  let next = 0;
  const pick = () => choices[next++ % choices.length];
  return kinds.reduce((variant, kind) => VARIANTS[kind](variant, pick), text);
}

const onlyEqual = (parts: DiffPart[]) => parts.filter((part) => part.op !== "equal");

describe("a typographic variant is the same statement (property)", () => {
  it("one row per sentence with similarity 1, quotations verbatim, a version with similarity 1, no change in any diff", () => {
    fc.assert(
      fc.property(fc.array(sentenceArb, { minLength: 1, maxLength: 6 }), variantArb, (sentences, variant) => {
        const original = statementText(sentences);
        const typographic = applyVariants(original, variant);
        const comparison = compare([
          { id: "t", label: "T", text: original },
          { id: "v", label: "V", text: typographic },
        ]);
        expect(comparison.statements.map((s) => s.segments.length)).toEqual([sentences.length, sentences.length]);
        expect(comparison.rows.map((row) => [row.reportedBy, row.similarity])).toEqual(sentences.map(() => [["t", "v"], 1]));
        for (const row of comparison.rows) for (const diff of row.diffs) expect(onlyEqual(diff.parts)).toEqual([]);
        const quotations = sentences.filter((s) => s.quoted).length;
        expect(comparison.quotes.map((q) => q.verdict)).toEqual(Array(2 * quotations).fill("verbatim"));
        expect(comparison.versions.map((v) => [v.similarity, v.status, onlyEqual(v.parts)])).toEqual([[1, "diffed", []]]);
        // The pairwise view and the revision history diff whole texts with wordDiff.
        const whole = wordDiff(original, typographic)!;
        expect(onlyEqual(whole)).toEqual([]);
        expect(layoutChanges(whole).changes).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });
});

// Pieces that are easy to cut in the wrong place: astral letters, flags, ZWJ sequences, combining marks, keycaps.
const PIECES = ["word", "other", " ", ", ", ". ", "🇦🇲", "🇦🇿", "🇺🇸", "👩‍👩‍👧", "👍🏽", "e\u0301", "a\u0308", "1\ufe0f\u20e3", "𝒜", "😀", "—", "“", "”", "\u00ad"];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((pieces) => pieces.join(""));
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/** Offsets in `text` where consecutive parts of one side meet. */
function cuts(parts: DiffPart[], side: "from" | "to"): number[] {
  const skip = side === "from" ? "insert" : "delete";
  const offsets: number[] = [];
  let at = 0;
  for (const part of parts) {
    if (part.op === skip) continue;
    at += part.text.length;
    offsets.push(at);
  }
  return offsets;
}

describe("no diff part cuts a grapheme (property)", () => {
  it("holds for the whole-text diff and the engine's diffs, and no part has a lone surrogate", () => {
    fc.assert(
      fc.property(textArb, textArb, (before, after) => {
        const bounds = { maxEditLength: 10_000, timeoutMs: 1_000 };
        const comparison = compare([
          { id: "a", label: "A", text: before },
          { id: "b", label: "B", text: after },
        ]);
        const diffs = [
          diffWordsBounded(before, after, bounds)!,
          ...comparison.rows.flatMap((row) => row.diffs.map((diff) => diff.parts)),
          ...comparison.versions.map((version) => version.parts),
        ];
        for (const parts of diffs) {
          for (const part of parts) expect(LONE_SURROGATE.test(part.text)).toBe(false);
        }
        const whole = diffs[0];
        expect(whole.filter((p) => p.op !== "insert").map((p) => p.text).join("")).toBe(before);
        for (const cut of cuts(whole, "from")) expect(splitsGrapheme(before, cut)).toBe(false);
        const inserted = whole.filter((p) => p.op === "insert");
        for (const part of inserted) expect([...new Intl.Segmenter("und", { granularity: "grapheme" }).segment(part.text)].map((g) => g.segment).join("")).toBe(part.text);
      }),
      { numRuns: 300 },
    );
  });
});
