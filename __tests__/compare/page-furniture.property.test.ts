/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import type { StatementInput } from "@/lib/compare/types";

/**
 * A web page's top (headline, office line, dateline, attribution line) above a readout's text gives the same rows and
 * verdicts whether its lines were pasted with their line breaks or run together on one line (tester 82 F2;
 * lib/compare/page-furniture.ts), and none of its furniture is "not reported" by a readout that reports the call: it joins the text's row.
 * Texts written for this test.
 */

interface Page {
  language: "en" | "ru" | "hy";
  headlines: string[];
  offices: string[];
  datelines: string[];
  attributions: string[];
  bodies: string[];
  later: string;
  /** The other party's readout, which reports the call and the later claim. */
  other: string;
}

const PAGES: Page[] = [
  {
    language: "en",
    headlines: ["Secretary Blinken’s Call with Azerbaijani President Aliyev", "Readout of Secretary Blinken's Call with President Aliyev", "Secretary Blinken Speaks With Azerbaijani President Aliyev"],
    offices: ["Office of the Spokesperson", "Office of the Press Secretary", "Press Office of the Department of State"],
    datelines: ["November 27, 2023", "Washington, DC November 27, 2023", "Monday, November 27, 2023", "27.11.2023", "27 November 2023, 21:40"],
    attributions: ["The below is attributable to Spokesperson Matthew Miller:", "The following is attributable to Spokesperson Matthew Miller:"],
    bodies: [
      "Secretary Blinken spoke today with Azerbaijani President Ilham Aliyev about the peace talks with Armenia.",
      "The Secretary spoke today with Azerbaijani President Ilham Aliyev about the peace talks with Armenia.",
      "U.S. Secretary of State Antony Blinken spoke today with President Ilham Aliyev about the peace talks with Armenia.",
    ],
    later: "The Secretary welcomed the President’s commitment to a durable and dignified peace agreement.",
    other:
      "President Ilham Aliyev had a phone conversation with Secretary of State Antony Blinken about the peace talks with Armenia. The Secretary welcomed the commitment of the President to a durable and dignified peace agreement.",
  },
  {
    language: "ru",
    headlines: ["Ильхам Алиев провел телефонный разговор с Энтони Блинкеном", "Состоялся телефонный разговор Ильхама Алиева и Энтони Блинкена"],
    offices: ["Пресс-служба Президента Азербайджанской Республики", "Пресс-служба МИД Азербайджана"],
    datelines: ["27.11.2023", "Баку, 27 ноября 2023 года, 21:40", "27 ноября 2023 года, 21:40"],
    attributions: [],
    bodies: [
      "Президент Ильхам Алиев провел телефонный разговор с государственным секретарем США Энтони Блинкеном о мирных переговорах с Арменией.",
      "Президент Азербайджанской Республики Ильхам Алиев провел телефонный разговор с государственным секретарем США Энтони Блинкеном о мирных переговорах с Арменией.",
    ],
    later: "Госсекретарь приветствовал приверженность Президента прочному и достойному мирному договору.",
    other:
      "Государственный секретарь США Энтони Блинкен провел телефонный разговор с Президентом Ильхамом Алиевым о мирных переговорах с Арменией. Госсекретарь приветствовал приверженность Президента прочному и достойному мирному договору.",
  },
  {
    language: "hy",
    headlines: ["Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել Էնթոնի Բլինքենի հետ", "Վարչապետը և պետքարտուղարը քննարկել են խաղաղության գործընթացը"],
    offices: ["ՀՀ վարչապետի մամուլի ծառայություն", "Վարչապետի աշխատակազմի մամուլի ծառայություն"],
    datelines: ["27.11.2023", "Երևան, 27.11.2023", "Նոյեմբերի 27, 2023, 22:10"],
    attributions: [],
    bodies: [
      "Վարչապետ Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել ԱՄՆ պետքարտուղար Էնթոնի Բլինքենի հետ խաղաղության գործընթացի մասին։",
      "ՀՀ վարչապետ Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել ԱՄՆ պետքարտուղար Էնթոնի Բլինքենի հետ խաղաղության գործընթացի մասին։",
    ],
    later: "Կողմերը քննարկել են Լեռնային Ղարաբաղից տեղահանված անձանց հումանիտար խնդիրները։",
    other:
      "Պետքարտուղար Էնթոնի Բլինքենը հեռախոսազրույց է ունեցել վարչապետ Նիկոլ Փաշինյանի հետ խաղաղության գործընթացի մասին։ Կողմերը քննարկել են Լեռնային Ղարաբաղից տեղահանված անձանց հումանիտար խնդիրները։",
  },
];

const pick = <T,>(list: readonly T[]) => fc.integer({ min: 0, max: list.length - 1 }).map((k) => list[k]);
const maybe = <T,>(list: readonly T[]) => (list.length === 0 ? fc.constant(null) : fc.option(pick(list), { nil: null }));

const pageArb = fc
  .integer({ min: 0, max: PAGES.length - 1 })
  .chain((p) => {
    const page = PAGES[p];
    return fc.record({ page: fc.constant(page), headline: pick(page.headlines), office: maybe(page.offices), dateline: maybe(page.datelines), attribution: maybe(page.attributions), body: pick(page.bodies) });
  })
  // At least one piece of furniture: a headline glued to its text alone is glued-headlines.property.test.ts's.
  .filter(({ office, dateline, attribution }) => office !== null || dateline !== null || attribution !== null);

/** What a reader sees of the rows: each cell's statement and text, and the verdicts. */
function rowsOf(top: string[], body: string, page: Page, separator: string) {
  const text = `${[...top, body].join(separator)} ${page.later}`;
  const statements: StatementInput[] = [
    { id: "page", label: "Page", text, language: page.language },
    { id: "other", label: "Other", text: page.other, language: page.language },
  ];
  return compare(statements).rows.map((row) => ({ cells: row.cells.map((cell) => [cell.statementId, cell.text]), notReportedBy: row.notReportedBy, otherExchangeBy: row.otherExchangeBy }));
}

describe("a web page's top pasted on one line", () => {
  it("gives the rows and verdicts the same page gives with its line breaks, and the furniture joins the text's row", () => {
    fc.assert(
      fc.property(pageArb, ({ page, headline, office, dateline, attribution, body }) => {
        const furniture = [office, dateline, attribution].filter((line): line is string => line !== null);
        const top = [headline, ...furniture];
        const glued = rowsOf(top, body, page, " ");
        expect(glued).toEqual(rowsOf(top, body, page, "\n"));
        // The furniture joins the text below it: its row is the text's, which the other readout reports.
        for (const line of furniture) {
          const row = glued.find(({ cells }) => cells.some(([statement, text]) => statement === "page" && text.includes(line)))!;
          expect(row.cells.find(([statement]) => statement === "page")![1]).toContain(body);
          expect(row.notReportedBy).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });
});
