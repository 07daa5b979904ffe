/** @jest-environment node */
import { compare } from "@/lib/compare";
import { isPageFurnitureLine } from "@/lib/compare/page-furniture";
import { isPageLinkLine } from "@/lib/compare/page-links";

// Texts written for this test; the facts are those of Blinken's calls of 27 November 2023 (tester T1 of session 16).
const ALIYEV_OFFICE = {
  id: "az",
  label: "Aliyev office",
  text: "President Ilham Aliyev received a phone call from U.S. Secretary of State Antony Blinken. The sides discussed the peace process between Armenia and Azerbaijan. Aliyev said Baku will not negotiate under pressure.",
};
const ALIYEV_RU = {
  id: "az",
  label: "Aliyev office",
  language: "ru",
  text: "Президент Ильхам Алиев принял телефонный звонок от госсекретаря США Энтони Блинкена. Стороны обсудили мирный процесс между Арменией и Азербайджаном. Алиев заявил, что Баку не будет вести переговоры под давлением.",
};
const PASHINYAN_HY = {
  id: "am",
  label: "PM office",
  language: "hy",
  text: "Վարչապետ Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել ԱՄՆ պետքարտուղար Էնթոնի Բլինքենի հետ։ Քննարկվել են Հայաստանի և Ադրբեջանի միջև խաղաղության գործընթացի հարցեր։",
};

const HEADLINE = "Secretary Blinken’s Call with Azerbaijani President Aliyev";
const LEAD = "Secretary Blinken spoke today with President Ilham Aliyev.";
const CLAIM = "The Secretary urged a return to direct talks.";

interface Other {
  id: string;
  label: string;
  text: string;
  language?: string;
}

/** The page's rows, each with its cells' texts and who did not report it, pasted with LF lines and glued on one line. */
function layouts(lines: readonly string[], other: Other, language?: string) {
  return [lines.join("\n"), lines.join(" ")].map((text) =>
    compare([{ id: "page", label: "Page", text, language }, other]).rows.map((row) => ({
      page: row.cells.filter((cell) => cell.statementId === "page").map((cell) => cell.text).join(" "),
      other: row.cells.filter((cell) => cell.statementId !== "page").map((cell) => cell.text).join(" "),
      notReportedBy: row.notReportedBy,
      statesNothing: row.statesNothing === true,
    })),
  );
}

/** No row made only of the page's own furniture or headline is "not reported" by the other statement. */
function expectNoFurnitureRow(lines: readonly string[], furniture: readonly string[], other: Other, language?: string) {
  for (const rows of layouts(lines, other, language)) {
    for (const row of rows) {
      if (row.statesNothing || row.page === "") continue;
      // A row "not reported" by the other statement holds a claim of the page's, not only its furniture.
      let rest = row.page;
      for (const piece of furniture) rest = rest.split(piece).join(" ");
      if (row.notReportedBy.includes(other.id)) expect({ row: row.page, claim: rest.trim().length > 0 }).toEqual({ row: row.page, claim: true });
    }
  }
}

describe("web-page furniture of every kind makes no 'not reported' row (T1 of session 16)", () => {
  it("all-capitals furniture: genre label and office line (before: 'READOUT OFFICE OF THE SPOKESPERSON', not reported)", () => {
    const lines = [HEADLINE, "READOUT", "OFFICE OF THE SPOKESPERSON", "NOVEMBER 27, 2023", "The following is attributable to Spokesperson Matthew Miller:", LEAD, CLAIM];
    expectNoFurnitureRow(lines, [HEADLINE, "READOUT", "OFFICE OF THE SPOKESPERSON", "NOVEMBER 27, 2023", "The following is attributable to Spokesperson Matthew Miller:"], ALIYEV_OFFICE);
    for (const rows of layouts(lines, ALIYEV_OFFICE)) {
      // The lead sentence is reported by both; the Secretary's urging is the page's own claim, "not reported" by az.
      const lead = rows.find((row) => row.page.includes("spoke today with"))!;
      expect(lead.notReportedBy).toEqual([]);
      expect(lead.other).toContain("received a phone call");
      expect(rows.find((row) => row.page.includes("urged a return"))!.notReportedBy).toEqual(["az"]);
    }
  });

  it("genre labels on their own line or glued, in English, Russian and Armenian (before: a 'Media Note' row)", () => {
    for (const label of ["Media Note", "Readout", "Press Statement", "Fact Sheet", "MEDIA NOTE", "Press Release"]) {
      const lines = [HEADLINE, label, "Office of the Spokesperson", "November 27, 2023", LEAD, CLAIM];
      expectNoFurnitureRow(lines, [HEADLINE, label, "Office of the Spokesperson", "November 27, 2023"], ALIYEV_OFFICE);
      expectNoFurnitureRow(["Readout", HEADLINE, label, "Office of the Spokesperson", "November 27, 2023", LEAD, CLAIM], [HEADLINE, "Readout", label, "Office of the Spokesperson", "November 27, 2023"], ALIYEV_OFFICE);
    }
    for (const label of ["Сообщение для прессы", "Пресс-релиз"]) {
      const head = "Телефонный разговор Ильхама Алиева с Энтони Блинкеном";
      const lines = [head, label, "27 ноября 2023, 22:10", "Президент Азербайджана Ильхам Алиев принял телефонный звонок от госсекретаря США Энтони Блинкена.", "Стороны обсудили мирный процесс."];
      expectNoFurnitureRow(lines, [head, label, "27 ноября 2023, 22:10"], ALIYEV_RU, "ru");
    }
    const head = "Վարչապետը հեռախոսազրույց է ունեցել Էնթոնի Բլինքենի հետ";
    const lines = ["Հաղորդագրություն", head, "27.11.2023", "Վարչապետ Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել ԱՄՆ պետքարտուղար Էնթոնի Բլինքենի հետ։", "Քննարկվել են խաղաղության գործընթացի հարցեր։"];
    expectNoFurnitureRow(lines, ["Հաղորդագրություն", head, "27.11.2023"], PASHINYAN_HY, "hy");
  });

  it("breadcrumbs, with or without separators (before: 'Գլխավոր Նորություններ <headline>', not reported)", () => {
    const hyHead = "Վարչապետը հեռախոսազրույց է ունեցել Էնթոնի Բլինքենի հետ";
    const hyBody = ["27.11.2023", "Վարչապետ Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել ԱՄՆ պետքարտուղար Էնթոնի Բլինքենի հետ։", "Քննարկվել են խաղաղության գործընթացի հարցեր։"];
    expectNoFurnitureRow(["Գլխավոր", "Նորություններ", hyHead].concat(hyBody), ["Գլխավոր", "Նորություններ", hyHead, "27.11.2023"], PASHINYAN_HY, "hy");
    expectNoFurnitureRow(["Գլխավոր Նորություններ", hyHead].concat(hyBody), ["Գլխավոր Նորություններ", hyHead, "27.11.2023"], PASHINYAN_HY, "hy");
    for (const crumbs of ["Home > News > Readouts", "Home / Press", "Home » Press Releases »"]) {
      expectNoFurnitureRow([crumbs, HEADLINE, "November 27, 2023", LEAD, CLAIM], [crumbs, HEADLINE, "November 27, 2023"], ALIYEV_OFFICE);
    }
    const ruHead = "Ильхам Алиев провел телефонный разговор с Энтони Блинкеном";
    expectNoFurnitureRow(["Главная / Новости", ruHead, "27 ноября 2023 года, 22:10", "Президент Азербайджана Ильхам Алиев принял телефонный звонок от госсекретаря США Энтони Блинкена."], ["Главная / Новости", ruHead, "27 ноября 2023 года, 22:10"], ALIYEV_RU, "ru");
  });

  it("an Armenian office line (the PM's office), with LF lines or glued (before: headline + office line, not reported)", () => {
    const head = "Վարչապետը հեռախոսազրույց է ունեցել Էնթոնի Բլինքենի հետ";
    for (const office of ["Վարչապետի աշխատակազմ", "ՀՀ վարչապետի աշխատակազմ"]) {
      const lines = [head, office, "27 նոյեմբերի, 2023", "Վարչապետ Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել ԱՄՆ պետքարտուղար Էնթոնի Բլինքենի հետ։", "Քննարկվել են խաղաղության գործընթացի հարցեր։"];
      expectNoFurnitureRow(lines, [head, office, "27 նոյեմբերի, 2023"], PASHINYAN_HY, "hy");
    }
  });

  it("a headline that took the other statement's first sentence leaves the page's lead sentence reported", () => {
    // Before: the headline paired with az's first sentence, and "Secretary Blinken spoke today with … Aliyev." was "not reported by az".
    for (const top of [[HEADLINE, "November 27, 2023"], ["Home » Press Releases » " + HEADLINE, "November 27, 2023"], [HEADLINE], [HEADLINE + " - United States Department of State", "Office of the Spokesperson", "Washington, DC", "November 27, 2023"]]) {
      for (const rows of layouts(top.concat([LEAD, CLAIM]), ALIYEV_OFFICE)) {
        expect(rows.find((row) => row.page.includes("spoke today with"))!.notReportedBy).toEqual([]);
      }
    }
  });

  it("share and print links at the end are no claim and join none (before: 'The Secretary urged … Share this page')", () => {
    for (const link of ["Share this page", "Share", "Print", "Print this page", "Поделиться", "Версия для печати", "Կիսվել", "Share | Print"]) {
      for (const rows of layouts([HEADLINE, "November 27, 2023", LEAD, CLAIM, link], ALIYEV_OFFICE)) {
        const claim = rows.find((row) => row.page.includes("urged a return"))!;
        expect(claim.page).toBe(CLAIM);
        expect(claim.notReportedBy).toEqual(["az"]);
        for (const row of rows) if (row.page === link) expect(row.statesNothing).toBe(true);
      }
    }
  });
});

describe("controls: claims are never furniture", () => {
  it("a headline's part after a dash that names no institution is the headline's own claim", () => {
    // "Baku Balks" is no site's name: the headline says something the lead does not, and stays a row of its own.
    const rows = layouts(["Blinken Presses Aliyev on Talks – Baku Balks", LEAD, CLAIM], ALIYEV_OFFICE)[0];
    expect(rows.find((row) => row.page.includes("Baku Balks"))!.page).toBe("Blinken Presses Aliyev on Talks – Baku Balks");
  });

  it("a one-line sentence in capitals is a claim, reported or not", () => {
    const claim = "BLINKEN AND ALIYEV AGREED TO MEET IN WASHINGTON.";
    expect(isPageFurnitureLine(claim)).toBe(false);
    for (const text of [claim, `${claim}\n${CLAIM}`, `${HEADLINE}\n${claim}\n${CLAIM}`]) {
      const rows = compare([{ id: "page", label: "Page", text }, ALIYEV_OFFICE]).rows;
      const row = rows.find((r) => r.cells.some((cell) => cell.text.includes("AGREED TO MEET")))!;
      expect(row.statesNothing).toBeFalsy();
      // Its own claim: the page reports it, in a cell of its own words (it may pair with az's sentence on the call).
      expect(row.reportedBy).toContain("page");
      expect(row.cells.filter((cell) => cell.statementId === "page").map((cell) => cell.text)).toEqual([claim]);
    }
  });

  it("sentences that open with a genre word, a home word or a share verb keep their words", () => {
    for (const line of ["Readout of the call was shared with reporters", "Home Secretary James Cleverly spoke", "Share prices rose in Baku", "Print media covered the call", "Press Release issued by the ministry", "Главная задача переговоров — мир"]) {
      expect(isPageFurnitureLine(line)).toBe(false);
      expect(isPageLinkLine(line, 0, line.length)).toBe(false);
    }
    for (const line of ["Media Note", "READOUT", "OFFICE OF THE SPOKESPERSON", "Home > News > Readouts", "Главная / Новости", "Գլխավոր Նորություններ", "Վարչապետի աշխատակազմ", "Пресс-релиз", "Հաղորդագրություն"]) {
      expect(isPageFurnitureLine(line)).toBe(true);
    }
    for (const line of ["Share this page", "Print", "Поделиться", "Կիսվել", "Share | Print | Email"]) expect(isPageLinkLine(line, 0, line.length)).toBe(true);
  });
});
