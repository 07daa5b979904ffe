/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import type { Comparison, StatementInput } from "@/lib/compare";
import { splitNonConsecutiveCells } from "@/lib/compare/cells";
import { splitClauses } from "@/lib/compare/segment";

// Issue 11, "Rows that hold one claim": the team's small examples, and texts like them written for these tests.

const statement = (id: string, text: string): StatementInput => ({ id, label: id.toUpperCase(), text });

/** Each row as "statement:segment texts" cells, for exact expectations. */
function rowTexts(comparison: Comparison): string[][] {
  return comparison.rows.map((row) => row.cells.map((cell) => `${cell.statementId}: ${cell.text}`));
}

describe("a shared name, title or country alone never makes a row", () => {
  it("keeps apart two claims that share only 'President Ivan Petrov'", () => {
    const a = "President Ivan Petrov has agreed to the proposal on the condition that the travel ban on his officials is lifted.";
    const b = "Foreign President Ivan Petrov complained about the envoy's comments during the phone conversation.";
    const comparison = compare([statement("a", a), statement("b", b)]);
    expect(rowTexts(comparison)).toEqual([[`a: ${a}`], [`b: ${b}`]]);
    expect(comparison.rows.map((row) => row.notReportedBy)).toEqual([["b"], ["a"]]);
  });

  it("keeps apart claims that share a minister's name and a country (own words)", () => {
    const a = "Minister Lena Dovic of Tarsa thanked Norway for sheltering refugees from the northern valley.";
    const b = "Minister Lena Dovic of Tarsa will open an embassy school in Norway in December.";
    expect(compare([statement("a", a), statement("b", b)]).rows).toHaveLength(2);
  });

  it("still aligns the same claim when it shares words beyond the names", () => {
    const a = "Minister Lena Dovic of Tarsa thanked Norway for sheltering refugees from the northern valley.";
    const b = "Dovic thanked Norway for giving shelter to the refugees who fled the northern valley.";
    expect(rowTexts(compare([statement("a", a), statement("b", b)]))).toEqual([[`a: ${a}`, `b: ${b}`]]);
  });
});

describe("a short back-reference joins the row of the sentence it refers to", () => {
  it("puts 'The minister accepted that.' in the row of the visit, not reported by nobody", () => {
    const a = "President Ivanov agreed to the visit on the condition that the ban on visits by his officials is lifted. The minister accepted that.";
    const b = "Ivanov agreed to the visit in return for the minister's pledge to lift the ban on visits by his officials.";
    const comparison = compare([statement("a", a), statement("b", b)]);
    expect(comparison.rows).toHaveLength(1);
    expect(comparison.rows[0].cells.map((cell) => cell.segmentIds)).toEqual([["a:s0", "a:s1"], ["b:s0"]]);
    expect(comparison.rows[0].notReportedBy).toEqual([]);
  });

  it("leaves a short sentence that refers to nothing before it alone", () => {
    const a = "The ministers met in Vask. The weather was fine.";
    const b = "The ministers met in Vask on Monday.";
    expect(compare([statement("a", a), statement("b", b)]).rows.map((row) => row.reportedBy)).toEqual([["a", "b"], ["a"]]);
  });
});

describe("lists and cells", () => {
  const source =
    "The Secretary underscored a strong partnership with the republic, noting our efforts to cooperate on shared energy, water, and transport goals, and to ensure the success of the summit in Rome.";

  it("never cuts a list 'A, B, and C' as a clause", () => {
    const clauses = splitClauses(source, { start: 0, end: source.length }).map(({ start, end }) => source.slice(start, end));
    expect(clauses).toEqual([
      "The Secretary underscored a strong partnership with the republic,",
      "noting our efforts to cooperate on shared energy, water, and transport goals,",
      "and to ensure the success of the summit in Rome.",
    ]);
    const fish = "The leaders noted the decline of salmon, trout, and eel in the lower river, and they agreed to fund a survey of the fish stocks.";
    expect(splitClauses(fish, { start: 0, end: fish.length }).map(({ start, end }) => fish.slice(start, end))).toEqual([
      "The leaders noted the decline of salmon, trout, and eel in the lower river,",
      "and they agreed to fund a survey of the fish stocks.",
    ]);
  });

  it("aligns the sentence with its reworded copy, the middle clause included", () => {
    const copy =
      "The sides reaffirmed a strong partnership, noting efforts to cooperate on common energy, water, and transport goals, and to ensure the success of the Rome summit.";
    const comparison = compare([statement("a", source), statement("b", copy)]);
    expect(comparison.rows.flatMap((row) => row.notReportedBy)).toEqual([]);
    expect(comparison.rows.every((row) => row.reportedBy.length === 2)).toBe(true);
  });

  const SENTENCES = [
    "The Secretary underscored a strong partnership with the republic, noting our efforts to cooperate on shared energy, water, and transport goals, and to ensure the success of the summit in Rome.",
    "The minister discussed our lasting ties with Tarsa, noted recent points of concern about the election law, and stressed the importance of regular high-level contact.",
    "Both agreed that regular contacts at a high level remain important.",
    "Dovic explained the aims of the new election law and addressed the concerns about it.",
    "The sides reaffirmed a strong partnership, noting efforts to cooperate on energy and water.",
    "They will ensure the success of the summit in Rome.",
    "The minister accepted that.",
    "Grain shipments through Selk will restart within two weeks, and the ministers will meet again in May.",
  ];

  it("builds every cell from consecutive segments of its statement (property)", () => {
    const text = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 6 }).map((list) => list.join(" "));
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        const comparison = compare([statement("a", a), statement("b", b), statement("c", c)]);
        for (const compared of comparison.statements) {
          const position = new Map(compared.segments.map((segment, k) => [segment.id, k]));
          for (const row of comparison.rows) {
            for (const cell of row.cells.filter((cell) => cell.statementId === compared.id)) {
              const positions = cell.segmentIds.map((id) => position.get(id)!);
              positions.forEach((p, k) => k === 0 || expect(p).toBe(positions[k - 1] + 1));
            }
          }
        }
      }),
      { numRuns: 60, seed: 11 },
    );
  });
});

describe("row order", () => {
  it("keeps a base sentence and its continuation clauses together", () => {
    const a =
      "The minister discussed our lasting ties with Georgia, noted recent points of concern about the new media law, and the importance of regular high-level contact.";
    const b = "The sides spoke of their lasting ties with Georgia. The minister raised the harbour dispute. Both sides agreed to reopen the old ferry line.";
    const comparison = compare([statement("a", a), statement("b", b)]);
    const rowsOfA = comparison.rows.filter((row) => row.reportedBy.includes("a")).map((row) => row.index);
    expect(rowsOfA.length).toBeGreaterThan(1);
    expect(rowsOfA).toEqual(rowsOfA.map((_, k) => rowsOfA[0] + k));
  });
});

describe("stability", () => {
  const A = [
    "Foreign Minister Anna Koval spoke by phone with Minister Tomas Reyn of Darnia on 4 March.",
    "Minister Koval said Velland would accept the visit only if Darnia lifted the travel ban on its officials.",
    "The ministers agreed to reopen the grain corridor through the port of Selk within two weeks.",
    "Koval protested against the remarks of Darnia's envoy Piet Hals at the parliamentary hearing, calling them one-sided.",
    "She also raised the case of the three Vellandian sailors held in Darnia since January.",
  ];
  const B = [
    "Minister Tomas Reyn held a telephone conversation with Velland's Foreign Minister Anna Koval on March 4.",
    "Both sides committed to restarting grain shipments via Selk harbour in the next two weeks.",
    "Minister Koval objected to the remarks made by envoy Piet Hals during the hearing.",
    "Reyn stressed that Darnia expects Velland to settle its outstanding gas debt of 40 million euros.",
    "Velland agreed to the visit in return for Darnia's promise to lift the travel ban on officials.",
  ];
  const UNRELATED = ["A violin festival drew large crowds to the lakeside amphitheatre.", "Snow closed three mountain passes overnight."];

  /** For every pair of original sentences (by text), whether they share a row. */
  function sharing(comparison: Comparison, sentences: string[]): boolean[] {
    const rowOf = (text: string) => comparison.rows.find((row) => row.cells.some((cell) => cell.text.includes(text)))!.id;
    const rows = sentences.map(rowOf);
    return rows.flatMap((r, i) => rows.slice(i + 1).map((other) => other === r));
  }

  it("adding an unrelated sentence to one statement does not change which other sentences share rows (property)", () => {
    fc.assert(
      fc.property(
        fc.subarray(A, { minLength: 1 }),
        fc.subarray(B, { minLength: 1 }),
        fc.constantFrom(...UNRELATED),
        fc.boolean(),
        fc.boolean(),
        (a, b, extra, intoA, atStart) => {
          const before = compare([statement("a", a.join(" ")), statement("b", b.join(" "))]);
          const grow = (list: string[]) => (atStart ? [extra, ...list] : [...list, extra]).join(" ");
          const after = compare([statement("a", intoA ? grow(a) : a.join(" ")), statement("b", intoA ? b.join(" ") : grow(b))]);
          expect(sharing(after, [...a, ...b])).toEqual(sharing(before, [...a, ...b]));
        },
      ),
      { numRuns: 80, seed: 5 },
    );
  });
});

describe("match strength", () => {
  it("says what matched: words, names, numbers; a threshold row is strong", () => {
    const a = "Minister Lena Dovic of Tarsa thanked Norway for sheltering 4,000 refugees from the northern valley.";
    const b = "Dovic thanked Norway for giving shelter to the 4000 refugees who fled the northern valley.";
    const [row] = compare([statement("a", a), statement("b", b)]).rows;
    expect(row.match).toEqual({
      strength: "strong",
      words: ["thanked", "sheltering", "refugees", "northern", "valley"],
      names: ["Dovic", "Norway"],
      numbers: ["4,000"],
      similarWords: [],
      similarity: 0.711,
    });
  });

  it("marks a row resting on a mutual best match below the threshold as weak, and a one-cell row has no match", () => {
    const a = "The two leaders reviewed the reopening of the Halm border crossing for trucks.";
    const b = "They spoke of letting freight traffic through the Halm crossing again.";
    const comparison = compare([statement("a", a), statement("b", b)]);
    expect(comparison.rows).toHaveLength(1);
    expect(comparison.rows[0].similarity).toBe(0.23);
    expect(comparison.rows[0].match).toEqual({ strength: "weak", words: ["crossing"], names: ["Halm"], numbers: [], similarWords: [], similarity: 0.23 });
    const single = compare([statement("a", a), statement("b", "Snow closed three mountain passes overnight.")]);
    expect(single.rows.map((row) => row.match)).toEqual([undefined, undefined]);
  });

  it("lists a paraphrase's near words and judges it by the soft score the alignment used", () => {
    const a = "The minister urged an end to the shelling of the villages.";
    const b = "The minister demanded that the artillery fire on the villages stop.";
    const [row, ...others] = compare([statement("a", a), statement("b", b)]).rows;
    expect(others).toEqual([]);
    expect(rowTexts({ rows: [row] } as Comparison)).toEqual([[`a: ${a}`, `b: ${b}`]]);
    // The plain cosine is below the 0.3 threshold; shelling ≈ artillery lifts the soft score above it.
    expect(row.similarity).toBe(0.215);
    expect(row.match).toEqual({
      strength: "strong",
      words: ["villages"],
      names: ["minister"],
      numbers: [],
      similarWords: [{ kind: "neighbour", a: "shelling", b: "artillery" }],
      similarity: 0.316,
    });
  });

  it("lists words sharing a WordNet synonym set as synonyms, as the vectors count them", () => {
    const a = "The ministers spoke by telephone about the grain corridor on Monday.";
    const b = "On Monday the ministers discussed the grain corridor by phone.";
    const [row] = compare([statement("a", a), statement("b", b)]).rows;
    expect(row.match?.similarWords).toEqual([
      { kind: "synonym", a: "spoke", b: "phone" },
      { kind: "synonym", a: "telephone", b: "phone" },
    ]);
    expect(row.match?.strength).toBe("strong");
  });

  it("a row of near words is strong at the soft score the alignment used", () => {
    const a = "The two leaders discussed the reopening of the Halm border crossing for trucks.";
    const b = "They talked about letting freight traffic through the Halm crossing again.";
    const [row] = compare([statement("a", a), statement("b", b)]).rows;
    expect(row.similarity).toBe(0.226);
    expect(row.match).toEqual({
      strength: "strong",
      words: ["crossing"],
      names: ["Halm"],
      numbers: [],
      similarWords: [{ kind: "neighbour", a: "discussed", b: "talked" }],
      similarity: 0.305,
    });
  });

  it("says two statements that share almost nothing may describe different exchanges", () => {
    const a = "The two leaders reviewed the reopening of the Halm border crossing for trucks. Grain shipments will restart in May.";
    const b = "They spoke of letting freight traffic through the Halm crossing again. A violin festival drew large crowds.";
    const c = "Grain shipments will restart in May, the ministers said.";
    expect(compare([statement("a", a), statement("b", b), statement("c", c)]).distantPairs).toEqual([
      { aId: "a", bId: "b", sharedRowIds: ["r0"], note: "these may describe different exchanges" },
      { aId: "b", bId: "c", sharedRowIds: [], note: "these may describe different exchanges" },
    ]);
  });
});

describe("splitNonConsecutiveCells", () => {
  it("keeps the longest consecutive run of a statement in the row and gives each other run a row of its own", () => {
    // Statement 0 has clauses at 0, 10, 20, 30; the row holds clauses 0, 10 and 30 of it and one unit of statement 1.
    const unit = (statement: number, start: number) => ({
      statement, start, end: start + 9, kind: "clause" as const, sentenceIndex: 0, clauseIndex: start / 10, tokenFrom: 0, tokenTo: 0,
    });
    const units = [unit(0, 0), unit(0, 10), unit(0, 20), unit(0, 30), unit(1, 0)];
    expect(splitNonConsecutiveCells([[0, 1, 3, 4], [2]], units)).toEqual([[0, 1, 4], [3], [2]]);
  });
});

describe("a secondary source's background never pairs below the threshold (mutual best is for primary readouts)", () => {
  const a = "Minister Tove Lind spoke with Trade Minister Karl Berg in the morning. Lind and Berg discussed widening the canal at Orsa.";
  const b = "Trade Minister Karl Berg held a call with Minister Tove Lind. The ministers talked about deepening the Orsa canal.";
  const news = "Lind's talks with Berg focused on the Orsa canal, officials said. Lind has held the trade post since 2019.";

  it("leaves the news report's background sentence in its own row", () => {
    const comparison = compare([statement("a", a), statement("b", b), { ...statement("news", news), role: "secondary" }]);
    expect(rowTexts(comparison)).toEqual([
      ["a: Minister Tove Lind spoke with Trade Minister Karl Berg in the morning.", "b: Trade Minister Karl Berg held a call with Minister Tove Lind."],
      [
        "a: Lind and Berg discussed widening the canal at Orsa.",
        "b: The ministers talked about deepening the Orsa canal.",
        "news: Lind's talks with Berg focused on the Orsa canal, officials said.",
      ],
      ["news: Lind has held the trade post since 2019."],
    ]);
  });

  it("as a primary readout, the same sentence would join the call row as a mutual best match on the one word 'held'", () => {
    const comparison = compare([statement("a", a), statement("b", b), statement("news", news)]);
    expect(rowTexts(comparison)[0]).toEqual([
      "a: Minister Tove Lind spoke with Trade Minister Karl Berg in the morning.",
      "b: Trade Minister Karl Berg held a call with Minister Tove Lind.",
      "news: Lind has held the trade post since 2019.",
    ]);
  });
});
