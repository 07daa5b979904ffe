/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import type { AlignedRow, Comparison, StatementInput } from "@/lib/compare/types";
import { otherLanguage, rowScripts, writtenBy } from "../helpers/script-oracle";

// Tester 71 F1, F2: "other language: not compared" was judged per statement (its dominant script, and which statements
// shared a row), so (F1) a Russian readout whose own words were under a quarter of its letters was read as the English
// it quoted, and its own Russian sentence was "not reported by" the English readout, and the English readout's last
// sentence "not reported by" it; and (F2) a bilingual statement's Russian sentences were "not reported by" an English
// readout. Now per row (lib/compare/exchanges.ts scopeRow): a statement without a cell is "other language" exactly when
// it writes none of the row's cells' scripts in its own words. Texts written for this test.

const EN = [
  "Secretary Blinken spoke with Prime Minister Pashinyan on Monday.",
  "They discussed the peace process between Armenia and Azerbaijan.",
  "The Secretary welcomed the commitment to a durable and dignified peace.",
  "Blinken raised concerns about recent remarks on the talks.",
  "The sides agreed to continue the dialogue in December.",
  "The Secretary underscored support for humanitarian assistance to displaced families.",
];
const RU = [
  "Госсекретарь Блинкен поговорил с премьер-министром Пашиняном в понедельник.",
  "Стороны обсудили мирный процесс между Арменией и Азербайджаном.",
  "Госсекретарь приветствовал приверженность прочному и достойному миру.",
  "Блинкен выразил обеспокоенность недавними заявлениями о переговорах.",
  "Стороны договорились продолжить диалог в декабре.",
  "Госсекретарь подчеркнул поддержку гуманитарной помощи перемещённым семьям.",
];
const HY = [
  "Պետքարտուղար Բլինքենը երկուշաբթի խոսել է վարչապետ Փաշինյանի հետ։",
  "Կողմերը քննարկել են Հայաստանի և Ադրբեջանի միջև խաղաղության գործընթացը։",
  "Պետքարտուղարը ողջունել է տևական և արժանապատիվ խաղաղության հանձնառությունը։",
  "Բլինքենը մտահոգություն է հայտնել բանակցությունների մասին վերջին հայտարարությունների կապակցությամբ։",
  "Կողմերը պայմանավորվել են դեկտեմբերին շարունակել երկխոսությունը։",
  "Պետքարտուղարը ընդգծել է աջակցությունը տեղահանված ընտանիքներին մարդասիրական օգնությանը։",
];
const POOLS: Record<string, string[]> = { Latn: EN, Cyrl: RU, Armn: HY };
/** A frame for a quotation, in the statement's own script. */
const FRAMES: Record<string, string> = { Latn: "The ministry said:", Cyrl: "Министерство сообщило:", Armn: "Նախարարությունը հայտնել է:" };

const S = (id: string, text: string, extra: Partial<StatementInput> = {}): StatementInput => ({ id, label: id, text, ...extra });
const cellOf = (row: AlignedRow, id: string) => row.cells.find((cell) => cell.statementId === id)?.text ?? "";
const rowWith = (comparison: Comparison, id: string, words: string) => comparison.rows.find((row) => cellOf(row, id).includes(words))!;
const verdicts = (row: AlignedRow) => ({ notReportedBy: row.notReportedBy, otherLanguageBy: row.otherLanguageBy ?? [] });

describe("F1: a readout's own words decide what it writes, however much it quotes", () => {
  // Its own words ("Госдеп сообщил:" and one sentence) are about a fifth of its letters: under MIN_OWN_SHARE.
  const quoted = EN.slice(0, 4).join(" ");
  it("a Russian readout quoting four English sentences, with one Russian sentence of its own", () => {
    const comparison = compare([S("EN", `${quoted} ${EN[4]}`), S("RU", `Госдеп сообщил: «${quoted}» ${RU[4]}`, { language: "ru" })]);
    // The quotation joins the English rows; RU's own sentence and EN's third are in scripts the other does not write.
    expect(verdicts(rowWith(comparison, "RU", "продолжить диалог"))).toEqual({ notReportedBy: [], otherLanguageBy: ["EN"] });
    expect(verdicts(rowWith(comparison, "EN", "continue the dialogue"))).toEqual({ notReportedBy: [], otherLanguageBy: ["RU"] });
    expect(comparison.coverage.map((c) => c.missingRowIds)).toEqual([[], []]);
  });

  // Every share the quotation can take, from a frame around four English sentences (a relay, by the dominant script) to
  // one quoted sentence beside two of its own, and every tag: 4 × 3 × 3 readouts.
  const cases = [1, 2, 3, 4].flatMap((quotedCount) => [[4], [5], [4, 5]].flatMap((own) => ["ru", undefined, "en"].map((tag) => [quotedCount, own, tag] as const)));
  it.each(cases)("quoting %i English sentences, with Russian sentences %j of its own, tagged %s: no omission passes between them", (quotedCount, own, tag) => {
    const quotation = EN.slice(0, quotedCount).join(" ");
    const comparison = compare([S("EN", EN.join(" ")), S("RU", `Госдеп сообщил: «${quotation}» ${own.map((k) => RU[k]).join(" ")}`, { language: tag })]);
    for (const row of comparison.rows) {
      expect(row.notReportedBy).toEqual([]);
      const missing = ["EN", "RU"].filter((id) => !row.reportedBy.includes(id));
      expect(row.otherLanguageBy ?? []).toEqual(missing);
    }
  });
});

describe("a relay whose own words only frame its quotation speaks through it", () => {
  it("an English line around a Russian readout: English claims are 'other language' for it, a Russian claim it does not quote its gap", () => {
    const comparison = compare([
      S("EN", `${EN[0]} ${EN[1]}`),
      S("RELAY", `The presidency said: «${RU[0]} ${RU[1]}»`, { language: "en" }),
      S("RU", `${RU[0]} ${RU[1]} ${RU[3]}`, { language: "ru" }),
    ]);
    for (const row of comparison.rows.filter((r) => r.reportedBy.join() === "EN")) expect(verdicts(row)).toEqual({ notReportedBy: [], otherLanguageBy: ["RELAY", "RU"] });
    // Its first cell is "The presidency said: «…»": the frame is borrowed, the row Cyrillic, so EN is not compared.
    expect(verdicts(rowWith(comparison, "RELAY", "The presidency said"))).toEqual({ notReportedBy: [], otherLanguageBy: ["EN"] });
    expect(verdicts(rowWith(comparison, "RU", "обеспокоенность"))).toEqual({ notReportedBy: ["RELAY"], otherLanguageBy: ["EN"] });
  });
});

describe("F2: a bilingual statement, judged row by row", () => {
  it("English and its Russian translation beside an English readout: the Russian rows are 'other language' for it", () => {
    const comparison = compare([S("EN", `${EN[0]} ${EN[1]}`), S("BI", `${EN[0]} ${EN[1]}\n\n${RU[0]} ${RU[1]}`)]);
    const russian = comparison.rows.filter((row) => /\p{Script=Cyrillic}/u.test(cellOf(row, "BI")));
    expect(russian).toHaveLength(2);
    for (const row of russian) expect(verdicts(row)).toEqual({ notReportedBy: [], otherLanguageBy: ["EN"] });
    expect(comparison.coverage.find((c) => c.statementId === "EN")!.missingRowIds).toEqual([]);
  });

  it("English and Armenian beside an English readout: its Armenian rows are 'other language'; an English claim it lacks is its gap", () => {
    const comparison = compare([S("EN", `${EN[0]} ${EN[1]} ${EN[3]}`), S("BI", `${EN[0]} ${EN[1]}\n\n${HY[0]} ${HY[1]}`)]);
    const armenian = comparison.rows.filter((row) => /\p{Script=Armenian}/u.test(cellOf(row, "BI")));
    expect(armenian.length).toBeGreaterThan(0);
    for (const row of armenian) expect(verdicts(row)).toEqual({ notReportedBy: [], otherLanguageBy: ["EN"] });
    // BI writes English itself: the English claim it lacks is a gap.
    expect(verdicts(rowWith(comparison, "EN", "raised concerns"))).toEqual({ notReportedBy: ["BI"], otherLanguageBy: [] });
  });

  it("three statements: English, Russian and a bilingual one; each row's verdicts follow what each statement writes", () => {
    const comparison = compare([
      S("EN", `${EN[0]} ${EN[1]} ${EN[3]}`, { party: "us" }),
      S("RU", `${RU[0]} ${RU[1]} ${RU[4]}`, { party: "ru", language: "ru" }),
      S("BI", `${EN[0]} ${EN[1]}\n\n${RU[0]} ${RU[1]}`, { party: "bi" }),
    ]);
    // EN's English claim: RU writes no Latin (other language); BI writes English and lacks it (a gap).
    expect(verdicts(rowWith(comparison, "EN", "raised concerns"))).toEqual({ notReportedBy: ["BI"], otherLanguageBy: ["RU"] });
    // RU's Russian claim: EN writes no Cyrillic; BI writes Russian and lacks it.
    expect(verdicts(rowWith(comparison, "RU", "продолжить диалог"))).toEqual({ notReportedBy: ["BI"], otherLanguageBy: ["EN"] });
    // BI's Russian sentences beside RU's: EN is the other language, never a gap.
    const russianShared = comparison.rows.filter((row) => row.reportedBy.includes("BI") && /\p{Script=Cyrillic}/u.test(cellOf(row, "BI")));
    for (const row of russianShared) expect(row.notReportedBy).not.toContain("EN");
    const enMissing = comparison.coverage.find((c) => c.statementId === "EN")!.missingRowIds;
    expect(comparison.rows.filter((row) => enMissing.includes(row.id)).map((row) => row.cells.map((cell) => cell.text).join(" "))).toEqual([]);
  });
});

/** One statement: sentences of one or two scripts, some quoted in « » after a frame in its first script. */
const statementArb = fc
  .record({
    scripts: fc.subarray(["Latn", "Cyrl", "Armn"], { minLength: 1, maxLength: 2 }),
    first: fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 1 }),
    second: fc.subarray([0, 1, 2, 3, 4, 5]),
    quote: fc.option(fc.record({ script: fc.constantFrom("Latn", "Cyrl", "Armn"), ids: fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 1, maxLength: 4 }) }), { nil: undefined }),
  })
  .map(({ scripts, first, second, quote }) => {
    const parts = first.map((k) => POOLS[scripts[0]][k]);
    if (scripts[1]) for (const k of second) parts.push(POOLS[scripts[1]][k]);
    if (quote) parts.push(`${FRAMES[scripts[0]]} «${quote.ids.map((k) => POOLS[quote.script][k]).join(" ")}»`);
    return parts.join(" ");
  });

test("property: a statement is 'other language' for a row exactly when it writes none of the row cells' scripts outside quotations", () => {
  fc.assert(
    fc.property(fc.array(statementArb, { minLength: 2, maxLength: 4 }), (texts) => {
      const statements = texts.map((text, i) => S(`s${i}`, text));
      const comparison = compare(statements);
      for (const row of comparison.rows) {
        const scripts = rowScripts(row);
        for (const { id, text } of statements) {
          if (row.reportedBy.includes(id)) {
            expect([row.notReportedBy, row.otherLanguageBy ?? []].flat()).not.toContain(id);
            continue;
          }
          const other = !row.statesNothing && otherLanguage(writtenBy(text, Object.values(FRAMES)), scripts);
          const verdict = { row: cellOf(row, row.reportedBy[0]), id, otherLanguage: row.otherLanguageBy?.includes(id) ?? false, gap: row.notReportedBy.includes(id) };
          expect(verdict).toEqual({ ...verdict, otherLanguage: other, gap: !row.statesNothing && !other });
        }
      }
    }),
    { numRuns: 60 },
  );
});

// Tester 77 F1: a tenth of a short statement's letters is reached by a borrowed acronym or a name in another script
// ("роль OSCE и EU"; "Prime Minister Пашинян"), which made the statement "write" that script, so every row in it was
// "not reported by" the statement. A script besides a statement's own is written only in words that open in lower case.
test("acronyms and names in another script do not make a statement write it", () => {
  const verdicts = (statements: StatementInput[]) => compare(statements).rows.map((row) => [row.notReportedBy, row.otherLanguageBy ?? []]);
  const acronyms = verdicts([
    { id: "en", label: "EN", text: "Blinken and Pashinyan discussed the peace process. The OSCE role was discussed.", party: "us" },
    { id: "ru", label: "RU", text: "Блинкен и Пашинян обсудили роль OSCE и EU в мирном процессе.", party: "am", language: "ru" },
  ]);
  expect(acronyms).toEqual([
    [[], ["ru"]],
    [[], ["ru"]],
    [[], ["en"]],
  ]);
  const name = verdicts([
    { id: "en", label: "EN", text: "Blinken spoke with Prime Minister Пашинян about the peace process.", party: "us" },
    { id: "ru", label: "RU", text: "Блинкен поговорил с Пашиняном. Стороны обсудили гуманитарные вопросы.", party: "am", language: "ru" },
  ]);
  for (const [notReportedBy] of name) expect(notReportedBy).toEqual([]);
  // A real sentence in the other script, in lower-case words, is still written: its gaps stay gaps.
  const bilingual = compare([
    { id: "en", label: "EN", text: "Blinken spoke with Pashinyan. They discussed the peace process.", party: "us" },
    { id: "bi", label: "BI", text: "Blinken spoke with Pashinyan. Стороны также обсудили гуманитарные вопросы и помощь перемещённым семьям.", party: "am" },
    { id: "ru", label: "RU", text: "Блинкен поговорил с Пашиняном. Стороны обсудили мирный процесс.", party: "ru", language: "ru" },
  ]);
  const call = bilingual.rows.find((row) => row.cells.some((cell) => cell.text.includes("Блинкен поговорил")))!;
  expect(call.notReportedBy).toContain("bi");
});
