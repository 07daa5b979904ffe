/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import type { AlignedRow, StatementInput } from "@/lib/compare/types";
import { dominantScript } from "@/lib/text/language";

// Tester 62 F9: "a Russian readout that quotes English at length is read as Latin script". The Russian readout's
// quoted English tipped the letter vote, so its script read "Latn": the English readouts were said to leave out each
// of its Russian claims (no English sentence can join a Russian row), and it to leave out the English claims it gives
// in Russian. Its quotation does not vote now, and its tag is heard in a close vote (lib/text/language.ts readScripts);
// two statements that share rows only through one's quotation of the other were not compared in their own words
// (lib/compare/exchanges.ts scopeRow).
const STATE_SENTENCES = [
  "Secretary Blinken spoke by phone with President Aliyev of Azerbaijan on Monday.",
  "The Secretary welcomed the President's commitment to conclude a lasting and dignified peace agreement with Armenia.",
  "The Secretary also raised recent points of concern in relations between the United States and Azerbaijan.",
  "They discussed opportunities to deepen cooperation, above all around the peace process, and the upcoming round of talks between the foreign ministers.",
];
const STATE = STATE_SENTENCES.join(" ");
const AZ =
  "President Ilham Aliyev received a phone call from Secretary of State Antony Blinken. President Aliyev voiced his displeasure with the remarks made by Assistant Secretary James O'Brien at a congressional hearing. The sides agreed that O'Brien would travel to Baku in December. Secretary Blinken pledged to lift the ban on visits by Azerbaijani officials to the United States.";
const RU_OWN = [
  "В понедельник Президент Ильхам Алиев провёл телефонный разговор с госсекретарём США Энтони Блинкеном.",
  "Алиев выразил недовольство высказываниями помощника госсекретаря Джеймса О'Брайена.",
  "Стороны договорились, что О'Брайен посетит Баку в декабре.",
];
const russianQuoting = (quoted: string, [open, close]: readonly [string, string]) =>
  `${RU_OWN[0]} ${RU_OWN[1]} Госдепартамент опубликовал заявление следующего содержания: ${open}${quoted}${close} ${RU_OWN[2]}`;

const statementsWith = (russian: string, tag: string | undefined = "ru"): StatementInput[] => [
  { id: "state", label: "State Department", text: STATE, party: "us", language: "en" },
  { id: "az", label: "Presidency (en)", text: AZ, party: "az", language: "en" },
  { id: "az-ru", label: "Presidency (ru)", text: russian, party: "az", language: tag },
];

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
/** A row only the Russian readout holds, with Russian words in it: no English sentence could have joined it. */
const russianOnly = (row: AlignedRow) => row.cells.every((cell) => cell.statementId === "az-ru" && CYRILLIC.test(cell.text));
const cellsOf = (row: AlignedRow) => row.cells.map((cell) => cell.text).join(" ");

test("a Russian readout quoting an English statement in full: no English readout leaves out its Russian claims, nor it their English ones", () => {
  const comparison = compare(statementsWith(russianQuoting(STATE, ["«", "»"])));
  const rows = comparison.rows;
  // Its own Russian claims: the English readouts are in another language, not silent.
  const russian = rows.filter(russianOnly);
  expect(russian.map(cellsOf)).toEqual(expect.arrayContaining([expect.stringContaining("недовольство"), expect.stringContaining("посетит Баку")]));
  for (const row of russian) {
    expect(row.notReportedBy).toEqual([]);
    expect(row.otherLanguageBy).toEqual(["state", "az"]);
  }
  // The Azerbaijani English readout's claims, which the Russian readout gives in Russian: "other language", never a
  // gap; the State Department, which says nothing of them in English, does leave them out.
  for (const marker of ["displeasure", "travel to Baku", "lift the ban"]) {
    const row = rows.find((r) => r.reportedBy.length === 1 && r.reportedBy[0] === "az" && cellsOf(r).includes(marker))!;
    expect(row.notReportedBy).toEqual(["state"]);
    expect(row.otherLanguageBy).toEqual(["az-ru"]);
  }
  // What all three say (the call itself) is no one's gap.
  const call = rows.find((row) => row.reportedBy.length === 3)!;
  expect([call.notReportedBy, call.otherLanguageBy]).toEqual([[], undefined]);
  expect(comparison.coverage.find((c) => c.statementId === "az-ru")!.missingRowIds).toEqual([]);
  const us = comparison.exchanges[0].parties.find((p) => p.party === "us")!;
  expect(us.leftOutRowIds.filter((id) => russian.some((row) => row.id === id))).toEqual([]);
});

// English the readout writes as its own (a block of press-office details) is no quotation, so it votes: here it
// outnumbers the Cyrillic letters, but the tag "ru" is heard in so close a vote.
const CONTACTS =
  "Press service contact: media relations desk, telephone and electronic mail enquiries answered on weekdays from nine until six, accreditation requests through the online portal, photographs free for editorial use with credit, recordings of briefings archived for thirty days on the official website, subscriptions to daily bulletins available by request.";

test("a Russian readout tagged 'ru' with more Latin letters than Cyrillic ones, not in quotation marks, is still Russian", () => {
  const russian = `${RU_OWN.join(" ")} ${CONTACTS}`;
  expect([dominantScript(russian), dominantScript(russian, { language: "ru" })]).toEqual(["Latn", "Cyrl"]);
  const rows = compare(statementsWith(russian, "ru")).rows;
  const own = rows.filter((row) => row.cells.every((cell) => cell.statementId === "az-ru" && !LATIN.test(cell.text)));
  expect(own).toHaveLength(3);
  for (const row of own) expect([cellsOf(row), row.notReportedBy, row.otherLanguageBy]).toEqual([cellsOf(row), [], ["state", "az"]]);
  for (const row of rows) expect(row.notReportedBy).not.toContain("az-ru");
});

test("property: however much of the English statement it quotes, and in whichever marks, the Russian readout's claims are no English readout's gap, and it is no gap of theirs", () => {
  const subsets = fc.subarray(STATE_SENTENCES, { minLength: 1 });
  const marks = fc.nat({ max: 2 }).map((k) => ([["«", "»"], ["“", "”"], ["„", "“"]] as const)[k]);
  const tags = fc.nat({ max: 3 }).map((k) => ["ru", "rus", "ru-RU", undefined][k]);
  fc.assert(
    fc.property(subsets, marks, tags, (quoted, pair, tag) => {
      const comparison = compare(statementsWith(russianQuoting(quoted.join(" "), pair), tag));
      for (const row of comparison.rows) {
        expect(row.notReportedBy).not.toContain("az-ru");
        if (russianOnly(row)) expect([cellsOf(row), row.notReportedBy]).toEqual([cellsOf(row), []]);
      }
      expect(comparison.coverage.find((c) => c.statementId === "az-ru")!.missingRowIds).toEqual([]);
    }),
    { numRuns: 25 },
  );
});
