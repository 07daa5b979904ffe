/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import type { Comparison, StatementInput } from "@/lib/compare";
import { analyseStatement } from "@/lib/compare/analyse";
import { SOFT_SYNONYMS_EN } from "@/lib/compare/data/soft-synonyms-en";
import { Lexicon } from "@/lib/compare/lexicon";
import { termMakerFor } from "@/lib/compare/normalise";
import { buildVectors, cosine } from "@/lib/compare/similarity";
import { softMatcherFor, softNeighboursOf } from "@/lib/compare/soft-synonyms";

// Issue 11, item 6: soft word-to-word matching with GloVe neighbours (lib/compare/soft-synonyms.ts). Texts in our own words.

const statement = (id: string, text: string, language?: string): StatementInput => ({ id, label: id.toUpperCase(), text, ...(language ? { language } : {}) });

function rowTexts(comparison: Comparison): string[][] {
  return comparison.rows.map((row) => row.cells.map((cell) => `${cell.statementId}: ${cell.text}`));
}

/** The engine's vectors and soft matcher for some statements, as compare() builds them. */
function matcherOf(texts: string[], language?: string, threshold = 0.3) {
  const lexicon = new Lexicon();
  const analysed = texts.map((text, order) => analyseStatement(statement(`s${order}`, text, language), order, lexicon, true));
  const units = analysed.flatMap((s) => s.units);
  const space = buildVectors(analysed, units, lexicon);
  const unitStatement = Int32Array.from(units, (unit) => unit.statement);
  return { matcher: softMatcherFor(analysed, space, lexicon, unitStatement, threshold), space, units };
}

describe("the GloVe neighbour table", () => {
  it("holds English stems, each pair once, with cosines × 100 between the build's floor (60) and 100", () => {
    const seen = new Set<string>();
    const wrong: string[] = [];
    for (const line of SOFT_SYNONYMS_EN.split("\n")) {
      const [stem, ...neighbours] = line.split(" ");
      if (!/^[a-z]{3,}$/u.test(stem) || neighbours.length === 0) wrong.push(line);
      for (const entry of neighbours) {
        const [other, score] = entry.split(":");
        const pair = `${stem} ${other}`;
        if (!/^[a-z]{3,}$/u.test(other) || other <= stem || !(Number(score) >= 60 && Number(score) <= 100) || seen.has(pair)) wrong.push(entry);
        seen.add(pair);
      }
    }
    expect(wrong).toEqual([]);
    expect(seen.size).toBeGreaterThan(10_000);
  });

  it("reads each pair both ways, keyed by the stems the engine makes", () => {
    const stem = (word: string) => termMakerFor("en").terms(word)[0];
    expect(softNeighboursOf(stem("shelling")).stems).toContain(stem("artillery"));
    expect(softNeighboursOf(stem("artillery")).stems).toContain(stem("shelling"));
    const score = (a: string, b: string) => softNeighboursOf(stem(a)).scores[softNeighboursOf(stem(a)).stems.indexOf(stem(b))];
    expect(score("shelling", "artillery")).toBe(0.71);
    expect(score("artillery", "shelling")).toBe(0.71);
    expect(softNeighboursOf("zzzz")).toEqual({ stems: [], scores: [] });
  });

  it("leaves out number words, days, months and places, whose neighbours are other facts", () => {
    for (const word of ["twelve", "eleven", "monday", "tuesday", "january", "france", "germany", "armenians"]) {
      expect(softNeighboursOf(termMakerFor("en").terms(word)[0]).stems).toEqual([]);
    }
  });

  it("pairs no WordNet antonyms, though GloVe puts them close (north/south 0.92, increase/decrease 0.84)", () => {
    const stem = (word: string) => termMakerFor("en").terms(word)[0];
    for (const [a, b] of [["north", "south"], ["increase", "decrease"], ["accept", "reject"], ["begin", "end"], ["east", "west"]]) {
      expect(softNeighboursOf(stem(a)).stems).not.toContain(stem(b));
    }
  });
});

describe("soft matching aligns paraphrases that share few words", () => {
  it("puts 'urged an end to the shelling' and 'called for a stop to artillery fire' in one row", () => {
    const a = "Minister Orr urged an end to the shelling near the bridge. Orr welcomed the reopening of the bridge to trucks.";
    const b = "Orr called for a stop to artillery fire around the bridge. The bridge will reopen to freight traffic, Orr said.";
    const comparison = compare([statement("a", a), statement("b", b)]);
    expect(rowTexts(comparison)).toEqual([
      ["a: Minister Orr urged an end to the shelling near the bridge.", "b: Orr called for a stop to artillery fire around the bridge."],
      ["a: Orr welcomed the reopening of the bridge to trucks.", "b: The bridge will reopen to freight traffic, Orr said."],
    ]);
    expect(comparison.rows.map((row) => row.notReportedBy)).toEqual([[], []]);
  });

  it("aligns 'The shelling of the border villages continued.' with 'Artillery fire on the frontier villages went on.'", () => {
    const a = "The shelling of the border villages continued.";
    const b = "Artillery fire on the frontier villages went on.";
    const comparison = compare([statement("a", a), statement("b", b)]);
    expect(rowTexts(comparison)).toEqual([[`a: ${a}`, `b: ${b}`]]);
    expect(comparison.rows[0].notReportedBy).toEqual([]);
  });

  it("scores the shelling pair above its cosine in English only", () => {
    const texts = ["Minister Orr urged an end to the shelling near the bridge.", "Orr called for a stop to artillery fire around the bridge."];
    const { matcher, space } = matcherOf(texts);
    expect(matcher!.similarity(0, 1)).toBeGreaterThan(cosine(space.vectors[0], space.vectors[1]) + 0.05);
    expect(matcherOf(texts, "fr").matcher).toBeNull();
  });

  it("is off above SOFT_MAX_THRESHOLD (0.5): a strict threshold asks for shared wording", () => {
    const texts = ["Minister Orr urged an end to the shelling near the bridge.", "Orr called for a stop to artillery fire around the bridge."];
    expect(matcherOf(texts, undefined, 0.5).matcher).not.toBeNull();
    expect(matcherOf(texts, undefined, 0.51).matcher).toBeNull();
  });
});

describe("soft similarity (property)", () => {
  const SENTENCES = [
    "The shelling of the border villages continued.",
    "Artillery fire on the frontier villages went on.",
    "The ministers agreed to coordinate sanctions against the airline.",
    "Penalties will be imposed on the airline together.",
    "The closure of two newspapers worries the mission.",
    "The president will examine why the two papers were shut.",
    "A hotline between the two armies will prevent incidents.",
    "Clashes will be avoided through a direct military line.",
    "Fourteen detained engineers will be freed.",
    "The talks will resume in Geneva on 12 June.",
  ];

  it("is symmetric and never below the cosine", () => {
    const text = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 }).map((list) => list.join(" "));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const { matcher, space, units } = matcherOf([a, b]);
        for (let x = 0; x < units.length; x++) {
          for (let y = 0; y < units.length; y++) {
            if (units[x].statement === units[y].statement) continue;
            const soft = matcher!.similarity(x, y);
            expect(soft).toBe(matcher!.similarity(y, x));
            expect(soft).toBeGreaterThanOrEqual(cosine(space.vectors[x], space.vectors[y]) - 1e-12);
            expect(soft).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 60, seed: 6 },
    );
  });

  it("adding an unrelated sentence to one statement does not change which other sentences share rows", () => {
    const UNRELATED = ["A violin festival drew large crowds to the lakeside amphitheatre.", "Snow closed three mountain passes overnight."];
    const sharing = (comparison: Comparison, sentences: string[]) => {
      const rows = sentences.map((text) => comparison.rows.find((row) => row.cells.some((cell) => cell.text.includes(text)))!.id);
      return rows.flatMap((r, i) => rows.slice(i + 1).map((other) => other === r));
    };
    fc.assert(
      fc.property(
        fc.subarray(SENTENCES.filter((_, k) => k % 2 === 0), { minLength: 1 }),
        fc.subarray(SENTENCES.filter((_, k) => k % 2 === 1), { minLength: 1 }),
        fc.constantFrom(...UNRELATED),
        fc.boolean(),
        (a, b, extra, intoA) => {
          const before = compare([statement("a", a.join(" ")), statement("b", b.join(" "))]);
          const after = compare([statement("a", (intoA ? [...a, extra] : a).join(" ")), statement("b", (intoA ? b : [...b, extra]).join(" "))]);
          expect(sharing(after, [...a, ...b])).toEqual(sharing(before, [...a, ...b]));
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });
});
