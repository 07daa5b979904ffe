/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import type { StatementInput } from "@/lib/compare/types";
import { emptyCellKind } from "@/lib/view/empty-cell";
import { distantPairsNotes } from "@/lib/view/distant-pairs-note";
import { hasSynonyms } from "@/lib/compare/synonyms";
import { canonicalLanguage, dominantScript } from "@/lib/text/language";

// Tester 57 #12: a party's readout in Russian beside its English one and another party's English readout: every
// Russian sentence was a row "not reported by" both English statements, and the other party "left out" each. Rows
// are made by shared words, so statements in a language none of a row's cells is in were never compared: they are
// "other language: not compared" (AlignedRow.otherLanguageBy), never a gap (lib/compare/exchanges.ts scopeRow), told by
// the script of their text (lib/text/language.ts dominantScript).
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

test("property: whatever the tags say, a statement is 'other language' for a row exactly when none of its cells is in its script", () => {
  const tag = fc.constantFrom("en", "en-GB", "EN", "en_US", "eng", "und", "ru", "hy", "fr", undefined);
  const script = (id: string) => (id === "office-ru" ? "Cyrl" : "Latn");
  fc.assert(
    fc.property(tag, tag, tag, (office, russian, envoy) => {
      const statements: StatementInput[] = [
        { id: "office-en", label: "Office (en)", text: EN_OFFICE, party: "office", language: office },
        { id: "office-ru", label: "Office (ru)", text: RU_OFFICE, party: "office", language: russian },
        { id: "envoy", label: "Envoy", text: EN_ENVOY, party: "envoy", language: envoy },
      ];
      for (const row of compare(statements).rows) {
        const rowScripts = new Set(row.reportedBy.map(script));
        const others = statements.map((s) => s.id).filter((id) => !row.reportedBy.includes(id) && !rowScripts.has(script(id)));
        expect(row.otherLanguageBy ?? []).toEqual(others);
        for (const id of row.notReportedBy) expect(rowScripts.has(script(id))).toBe(true);
      }
    }),
    { numRuns: 40 },
  );
});

// Tester 61 F9, F10: "eng", "EN", "en_US", "und" or an English page mis-tagged "hy" silenced every gap (each read as
// another language), and "EN" or "en_US" turned English synonyms off. Tags are read canonically, and the rule goes by
// script: a Latin-script statement is compared with Latin-script ones whatever its tag says.
test.each(["eng", "EN", "en_US", "und", "hy"])("an English readout tagged %s is compared: its omission is a gap", (tag) => {
  const rows = compare([
    { id: "us", label: "US", text: "The Secretary spoke with the president. The Secretary urged the release of the detainees. They discussed the peace treaty.", party: "us" },
    { id: "az", label: "AZ", text: "The president spoke with the Secretary. They discussed the peace treaty.", party: "az", language: tag },
  ]).rows;
  const detainees = rows.find((row) => row.cells.some((cell) => cell.text.includes("detainees")))!;
  expect(detainees.notReportedBy).toEqual(["az"]);
  expect(detainees.otherLanguageBy).toBeUndefined();
});

test("language tags are read canonically", () => {
  expect(["EN", "eng", "en_US", "rus", "hye", "und"].map(canonicalLanguage)).toEqual(["en", "en", "en-US", "ru", "hy", "und"]);
  expect(hasSynonyms("EN") && hasSynonyms("en_US") && hasSynonyms("eng")).toBe(true);
  expect(hasSynonyms("ru")).toBe(false);
});

// Tester 62 F8: an English readout that writes its names in Cyrillic counted as Cyrillic script, so the claim it left
// out read "other language: not compared". A statement that shares a row with a reporter was compared with it.
test("a statement compared in other rows is a gap where it lacks a claim, whatever its script", () => {
  const rows = compare([
    { id: "a", label: "A", text: "President Morrow spoke with President Valen. They discussed the Northern Pipeline. The leaders agreed to expand gas supplies to the south.", party: "a" },
    { id: "b", label: "B", text: "Президент Александр Морроу-Величковский spoke with Президент Вениамин Валентинович Вален. They discussed Северный трубопровод.", party: "b" },
  ]).rows;
  expect(dominantScript("Президент Александр Морроу-Величковский spoke with Президент Вениамин Валентинович Вален. They discussed Северный трубопровод.")).toBe("Cyrl");
  const gas = rows.find((row) => row.cells.some((cell) => cell.text.includes("gas supplies")))!;
  expect(gas.notReportedBy).toEqual(["b"]);
  expect(gas.otherLanguageBy).toBeUndefined();
});
