/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import type { StatementInput } from "@/lib/compare/types";

/**
 * Every kind of a web page's furniture — a breadcrumb trail, genre labels above or below the headline, a site's name
 * after the headline, an office line in title case or in capitals, a dateline, share and print links after the text — in English, Russian and Armenian, gives
 * the same rows and verdicts with LF lines or run together on one line, makes no row of its own that is "not reported"
 * by a readout that reports the call, and the furniture above the text joins the text's row (tester T1 of session 16).
 * Texts written for this test; the facts are those of Blinken's calls of 27 November 2023.
 */

interface Page {
  language: "en" | "ru" | "hy";
  crumbs: string[];
  genres: string[];
  headlines: string[];
  offices: string[];
  datelines: string[];
  bodies: string[];
  later: string;
  links: string[];
  /** The other party's readout, which reports the call and the later claim. */
  other: string;
}

const PAGES: Page[] = [
  {
    language: "en",
    crumbs: ["Home > News > Readouts", "Home / Press", "HOME » PRESS RELEASES »"],
    genres: ["Readout", "READOUT", "Media Note", "MEDIA NOTE", "Press Statement", "Fact Sheet"],
    headlines: ["Secretary Blinken’s Call with Azerbaijani President Aliyev", "Secretary Blinken Speaks With Azerbaijani President Aliyev", "Secretary Blinken’s Call with Azerbaijani President Aliyev - United States Department of State"],
    offices: ["Office of the Spokesperson", "OFFICE OF THE SPOKESPERSON", "PRESS OFFICE OF THE DEPARTMENT OF STATE"],
    datelines: ["November 27, 2023", "NOVEMBER 27, 2023", "27 November 2023, 21:40"],
    // Bodies that repeat the headline's names: a headline naming "Blinken" over "The Secretary spoke …" is a claim of
    // its own by lead-ins.ts's rule (tester 61 F6), whatever the furniture.
    bodies: ["Secretary Blinken spoke today with Azerbaijani President Ilham Aliyev about the peace talks with Armenia.", "U.S. Secretary of State Antony Blinken spoke today with President Ilham Aliyev about the peace talks with Armenia."],
    later: "The Secretary welcomed the President’s commitment to a durable and dignified peace agreement.",
    links: ["Share this page", "Print", "Share | Print | Email"],
    other:
      "President Ilham Aliyev had a phone conversation with Secretary of State Antony Blinken about the peace talks with Armenia. The Secretary welcomed the commitment of the President to a durable and dignified peace agreement.",
  },
  {
    language: "ru",
    crumbs: ["Главная / Новости", "Главная » Пресс-релизы"],
    genres: ["Сообщение для прессы", "Пресс-релиз"],
    headlines: ["Ильхам Алиев провел телефонный разговор с Энтони Блинкеном", "Ильхам Алиев провел телефонный разговор с Энтони Блинкеном | Президент Азербайджана"],
    offices: ["Пресс-служба Президента Азербайджанской Республики"],
    datelines: ["Баку, 27 ноября 2023 года, 21:40", "27.11.2023"],
    bodies: ["Президент Ильхам Алиев провел телефонный разговор с государственным секретарем США Энтони Блинкеном о мирных переговорах с Арменией."],
    later: "Госсекретарь приветствовал приверженность Президента прочному и достойному мирному договору.",
    links: ["Поделиться", "Версия для печати"],
    other:
      "Государственный секретарь США Энтони Блинкен провел телефонный разговор с Президентом Ильхамом Алиевым о мирных переговорах с Арменией. Госсекретарь приветствовал приверженность Президента прочному и достойному мирному договору.",
  },
  {
    language: "hy",
    crumbs: ["Գլխավոր Նորություններ", "Գլխավոր / Նորություններ"],
    genres: ["Հաղորդագրություն"],
    headlines: ["Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել Էնթոնի Բլինքենի հետ"],
    offices: ["Վարչապետի աշխատակազմ", "ՀՀ վարչապետի աշխատակազմ", "ՀՀ վարչապետի մամուլի ծառայություն"],
    datelines: ["27.11.2023", "Նոյեմբերի 27, 2023, 22:10"],
    bodies: ["Վարչապետ Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել ԱՄՆ պետքարտուղար Էնթոնի Բլինքենի հետ խաղաղության գործընթացի մասին։"],
    later: "Կողմերը քննարկել են Լեռնային Ղարաբաղից տեղահանված անձանց հումանիտար խնդիրները։",
    links: ["Կիսվել", "Տպել"],
    other:
      "Պետքարտուղար Էնթոնի Բլինքենը հեռախոսազրույց է ունեցել վարչապետ Նիկոլ Փաշինյանի հետ խաղաղության գործընթացի մասին։ Կողմերը քննարկել են Լեռնային Ղարաբաղից տեղահանված անձանց հումանիտար խնդիրները։",
  },
];

const pick = <T,>(list: readonly T[]) => fc.integer({ min: 0, max: list.length - 1 }).map((k) => list[k]);
const maybe = <T,>(list: readonly T[]) => fc.option(pick(list), { nil: null });

const pageArb = fc
  .integer({ min: 0, max: PAGES.length - 1 })
  .chain((p) => {
    const page = PAGES[p];
    return fc.record({
      page: fc.constant(page),
      crumbs: maybe(page.crumbs),
      genreAbove: maybe(page.genres),
      headline: pick(page.headlines),
      genreBelow: maybe(page.genres),
      office: maybe(page.offices),
      dateline: maybe(page.datelines),
      body: pick(page.bodies),
      link: maybe(page.links),
    });
  })
  // At least one piece of the furniture this test is about.
  .filter(({ crumbs, genreAbove, genreBelow, office, link }) => crumbs !== null || genreAbove !== null || genreBelow !== null || office !== null || link !== null);

/** What a reader sees of the rows: each cell's statement and text, and the verdicts. */
function rowsOf(lines: string[], page: Page, separator: string) {
  const statements: StatementInput[] = [
    { id: "page", label: "Page", text: lines.join(separator), language: page.language },
    { id: "other", label: "Other", text: page.other, language: page.language },
  ];
  return compare(statements).rows.map((row) => ({ cells: row.cells.map((cell) => [cell.statementId, cell.text]), notReportedBy: row.notReportedBy, statesNothing: row.statesNothing === true }));
}

describe("web-page furniture of every kind", () => {
  it("compares alike with LF lines or glued, joins the text's row above it and is never 'not reported'", () => {
    fc.assert(
      fc.property(pageArb, ({ page, crumbs, genreAbove, headline, genreBelow, office, dateline, body, link }) => {
        const above = [crumbs, genreAbove].filter((line): line is string => line !== null);
        const below = [genreBelow, office, dateline].filter((line): line is string => line !== null);
        const lines = above.concat([headline], below, [body, page.later], link === null ? [] : [link]);
        const lf = rowsOf(lines, page, "\n");
        expect(rowsOf(lines, page, " ")).toEqual(lf);
        // The other readout reports the call and the later claim: no row is "not reported" by it.
        for (const row of lf) expect(row.notReportedBy).toEqual([]);
        for (const line of above.concat(below)) {
          const row = lf.find(({ cells }) => cells.some(([statement, text]) => statement === "page" && text.includes(line)))!;
          expect(row.cells.find(([statement]) => statement === "page")![1]).toContain(body);
        }
        // The links after the text are a row of their own that states nothing; the last claim keeps its words.
        if (link !== null) {
          expect(lf.find(({ cells }) => cells.some(([, text]) => text === link))!.statesNothing).toBe(true);
          expect(lf.find(({ cells }) => cells.some(([statement, text]) => statement === "page" && text.includes(page.later)))!.cells.find(([s]) => s === "page")![1]).toBe(page.later);
        }
      }),
      { numRuns: 150 },
    );
  });
});
