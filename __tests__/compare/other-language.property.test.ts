/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import type { StatementInput } from "@/lib/compare/types";
import { emptyCellKind } from "@/lib/view/empty-cell";
import { distantPairsNotes } from "@/lib/view/distant-pairs-note";

// Tester 57 #12: a party's readout in Russian beside its English one and another party's English readout: every
// Russian sentence was a row "not reported by" both English statements, and the other party "left out" each. Rows
// are made by shared words, so statements in a language none of a row's cells is in were never compared: they are
// "other language: not compared" (AlignedRow.otherLanguageBy), never a gap (lib/compare/exchanges.ts scopeRow).
const EN_OFFICE = "The president received a call from the visiting envoy. The two discussed the reopening of the northern railway.";
const RU_OFFICE = "Президент принял звонок приезжего посланника. Стороны обсудили возобновление северной железной дороги.";
const EN_ENVOY = "The envoy phoned the president. They discussed the reopening of the northern railway.";

const statementsOf = (languages: { office: string; envoy: string }): StatementInput[] => [
  { id: "office-en", label: "Office (en)", text: EN_OFFICE, party: "office", language: languages.office },
  { id: "office-ru", label: "Office (ru)", text: RU_OFFICE, party: "office", language: "ru" },
  { id: "envoy", label: "Envoy", text: EN_ENVOY, party: "envoy", language: languages.envoy },
];

test("a readout in another language is not compared: no gap, no 'left out', a note that says why", () => {
  const comparison = compare(statementsOf({ office: "en", envoy: "en-US" }));
  for (const row of comparison.rows) {
    expect(row.notReportedBy).toEqual([]);
    const russian = row.reportedBy.includes("office-ru");
    expect(row.otherLanguageBy ?? []).toEqual(russian ? ["office-en", "envoy"] : ["office-ru"]);
  }
  expect(comparison.coverage.flatMap((c) => c.missingRowIds)).toEqual([]);
  expect(comparison.exchanges[0].parties.flatMap((p) => [...p.leftOutRowIds, ...p.onlyItRowIds])).toEqual([]);
  const russianRow = comparison.rows.find((row) => row.reportedBy.includes("office-ru"))!;
  expect(emptyCellKind(russianRow, { id: "envoy", role: "primary" })).toBe("other_language");
  const notes = distantPairsNotes(comparison.distantPairs, (id) => id);
  expect(notes).toContain("office-en and office-ru are in different languages: their claims were not compared, and neither is said to leave out the other's.");
});

test("property: whatever the statements' languages, nobody is a gap for a row none of whose cells is in its language", () => {
  const tag = fc.constantFrom("en", "en-GB", "ru", "hy", "fr");
  fc.assert(
    fc.property(tag, tag, (office, envoy) => {
      const statements = statementsOf({ office, envoy });
      const language = new Map(statements.map((s) => [s.id, s.language!.split("-")[0]]));
      for (const row of compare(statements).rows) {
        const rowLanguages = new Set(row.reportedBy.map((id) => language.get(id)));
        for (const id of row.notReportedBy) expect(rowLanguages.has(language.get(id))).toBe(true);
        for (const id of row.otherLanguageBy ?? []) expect(rowLanguages.has(language.get(id))).toBe(false);
        // Same-language statements that lack the claim are still gaps.
        for (const s of statements) if (!row.reportedBy.includes(s.id) && rowLanguages.has(language.get(s.id))) expect(row.notReportedBy).toContain(s.id);
      }
    }),
    { numRuns: 25 },
  );
});
