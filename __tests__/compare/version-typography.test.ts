/** @jest-environment node */
import fc from "fast-check";
import { splitSentences } from "@/lib/compare/segment";
import { diffVersions } from "@/lib/compare/versions";
import { typographyForSegmentation } from "@/lib/text/fold";
import { sides } from "../helpers/version-sides";

/** The b sides in display order give b; the a sides in a order give a. */

describe("a difference only in typography never changes how sentences pair (issue 12, tester 18)", () => {
  test('"..." → "…" keeps the two sentences one to one with one typographic edit', () => {
    const diff = diffVersions("The envoy waited... Then the talks began. The sides agreed.", "The envoy waited… Then the talks began. The sides agreed.");
    // The first pair holds the typographic edit, so it is "changed" (tester 12b C6: a pair with an edit is never "equal").
    expect(diff.pairs.map((pair) => [pair.relation, pair.aSentences, pair.bSentences])).toEqual([
      ["changed", [0], [0]],
      ["equal", [1], [1]],
      ["equal", [2], [2]],
    ]);
    expect(diff.edits.map((edit) => [edit.before, edit.after, edit.class])).toEqual([["...", "…", "typographic"]]);
    expect(diff.moves).toEqual([]);
  });

  test("quotes, dashes and an ellipsis after an abbreviation cut the same sentences either way", () => {
    expect(splitSentences("He said “Yes.” Then—he left.", "en")).toEqual(splitSentences('He said "Yes." Then-he left.', "en"));
    const cut = (text: string) => splitSentences(text, "en").map((range) => text.slice(range.start, range.end));
    expect(cut("The list ended etc… The sides left.")).toEqual(["The list ended etc…", "The sides left."]);
    expect(cut("The list ended etc... The sides left.")).toEqual(["The list ended etc...", "The sides left."]);
    expect(cut("The envoy waited… Then the talks began.")).toEqual(["The envoy waited…", "Then the talks began."]);
    expect(cut("The envoy waited… then the talks began.")).toEqual(["The envoy waited… then the talks began."]);
    expect(typographyForSegmentation("a “b”—c…\u00a0d")).toBe("a 'b'-c. d");
  });

  test("the rewrite changes each mark where it stands and nothing else, lone surrogates and all", () => {
    // The rule, one code unit at a time: each quote mark, dash, ellipsis and horizontal space to its one form.
    const formOf = (unit: string) => (/[\p{Pi}\p{Pf}"'`´‘’‚‛“”„‟‹›«»″′＂＇]/u.test(unit) ? "'" : /\p{Pd}|[‒―−]/u.test(unit) ? "-" : unit === "…" ? "." : /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u.test(unit) ? " " : unit);
    const units = ["a", "Z", " ", "\n", ".", "“", "”", "‘", "’", "«", "»", "\"", "'", "—", "–", "-", "…", "\u00a0", "\u2009", "\u202f", "é", "ա", "\ud83d", "\ude00", "\ud800"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 300 }), (picked) => {
        const text = picked.join("");
        const rewritten = typographyForSegmentation(text);
        expect(rewritten.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) {
          if (rewritten[i] === text[i]) continue;
          expect(rewritten[i]).toBe(formOf(text[i]));
        }
        // Unchanged text comes back as it is; a rewritten one is a fixed point.
        if (!/[“”‘’«»—–…\u00a0\u2009\u202f"]/u.test(text)) expect(rewritten).toBe(text);
        expect(typographyForSegmentation(rewritten)).toBe(rewritten);
        expect(rewritten).not.toMatch(/[“”‘’«»—–…\u00a0\u2009\u202f"]/u);
      }),
      { numRuns: 500 },
    );
  });

  // Random texts in abstract form: words (some with accented letters), quoted words, dashes, ellipses, sentence ends.
  type Token = { kind: "word"; word: string } | { kind: "quoted"; word: string } | { kind: "dash" } | { kind: "ellipsis" } | { kind: "end" } | { kind: "space" };
  const WORDS = ["the", "envoy", "Minister", "café", "résumé", "talks", "naïve", "Zürich", "agreed", "border", "Ångström", "met", "crème"];
  const sentenceArb = fc
    .tuple(fc.array(fc.oneof(fc.constantFrom(...WORDS).map((word) => [{ kind: "word", word } as Token]), fc.constantFrom(...WORDS).map((word) => [{ kind: "quoted", word } as Token]), fc.constant([{ kind: "dash" } as Token]), fc.constant([{ kind: "ellipsis" } as Token])), { minLength: 1, maxLength: 8 }), fc.constantFrom("end", "ellipsis"))
    .map(([pieces, end]) => [{ kind: "word", word: "The" } as Token, ...pieces.flat(), { kind: end } as Token]);
  const textArb = fc.array(sentenceArb, { minLength: 1, maxLength: 8 });

  /** One writing of the abstract text; `choices` picks each variant (curly or straight quotes, … or ..., a dash, NBSP or space, NFC or NFD). */
  function write(sentences: Token[][], choices: number[]): string {
    let k = 0;
    const pick = <T,>(options: T[]): T => options[choices[k++ % choices.length] % options.length];
    const parts: string[] = [];
    for (const sentence of sentences) {
      const words: string[] = [];
      for (const token of sentence) {
        if (token.kind === "word") words.push(pick([token.word.normalize("NFC"), token.word.normalize("NFD")]));
        else if (token.kind === "quoted") words.push(pick([`“${token.word}”`, `"${token.word}"`, `«${token.word}»`, `‘${token.word}’`]));
        else if (token.kind === "dash") words.push(pick(["—", "--", "–", "-"]));
        else if (token.kind === "ellipsis") words[words.length - 1] += pick(["…", "..."]);
        else if (token.kind === "end") words[words.length - 1] += ".";
      }
      let sentenceText = words[0];
      for (let w = 1; w < words.length; w++) sentenceText += pick([" ", "\u00a0"]) + words[w];
      parts.push(sentenceText);
    }
    let text = parts[0];
    for (let s = 1; s < parts.length; s++) text += pick([" ", "\u00a0 ", "  "]).replace(/^\u00a0 $/u, " ") + parts[s];
    return text;
  }

  test("property: random typographic variants of a random text give only typographic edits, every sentence paired one to one, no move", () => {
    fc.assert(
      fc.property(textArb, fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (sentences, choicesA, choicesB) => {
        const a = write(sentences, choicesA);
        const b = write(sentences, choicesB);
        const diff = diffVersions(a, b);
        for (const pair of diff.pairs) expect([pair.relation, pair.aSentences.length, pair.bSentences.length]).toEqual([pair.relation === "changed" ? "changed" : "equal", 1, 1]);
        expect(diff.pairs.map((pair) => [pair.aSentences[0], pair.bSentences[0]])).toEqual(diff.pairs.map((_, i) => [i, i]));
        expect(diff.moves).toEqual([]);
        for (const edit of diff.edits) expect([edit.before, edit.after, edit.class]).toEqual([edit.before, edit.after, "typographic"]);
        expect(diff.counts).toEqual({ fact: 0, wording: 0, typographic: diff.edits.length, unclassified: 0 });
        expect(sides(diff)).toEqual({ a, b });
      }),
      { numRuns: 150 },
    );
  }, 90_000);
});
