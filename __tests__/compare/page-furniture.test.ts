/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { gluedPageCuts, isAttributionLine, isPageFurnitureLine } from "@/lib/compare/page-furniture";
import { splitSentences } from "@/lib/compare/segment";

// Texts written for this test; the facts are those of Blinken's calls of 27 November 2023.
const cut = (text: string, language = "en") => splitSentences(text, language).map(({ start, end }) => text.slice(start, end));

const STATE_PAGE = [
  "Secretary Blinken’s Call with Azerbaijani President Aliyev",
  "Office of the Spokesperson",
  "November 27, 2023",
  "The below is attributable to Spokesperson Matthew Miller:",
  "Secretary Blinken spoke today with Azerbaijani President Ilham Aliyev.",
  "The Secretary welcomed President Aliyev’s commitment to a durable and dignified peace agreement with Armenia.",
];
const ALIYEV_OFFICE =
  "President Ilham Aliyev had a phone conversation with U.S. Secretary of State Antony Blinken. The Secretary welcomed the commitment of President Aliyev to a durable and dignified peace agreement with Armenia.";

const rowsOf = (text: string) =>
  compare([
    { id: "us", label: "State", text },
    { id: "az", label: "Aliyev office", text: ALIYEV_OFFICE },
  ]).rows.map((row) => ({ cells: row.cells.map((cell) => `${cell.statementId}: ${cell.text}`), notReportedBy: row.notReportedBy }));

describe("a web page's top pasted on one line (tester 82 F2)", () => {
  it("is cut into headline, office line, dateline, attribution line and text", () => {
    // Before the fix: the first five lines were one sentence.
    expect(cut(STATE_PAGE.join(" "))).toEqual(STATE_PAGE);
  });

  it("gives no 'not reported' verdict to the call, on either side, glued or with line breaks", () => {
    // Before the fix, glued: the State row (headline, furniture and call) was "not reported" by the Aliyev office and
    // the office's call sentence "not reported" by State. With line breaks, the office line, and the dateline with
    // the attribution line, made rows of their own, "not reported" by the Aliyev office.
    for (const text of [STATE_PAGE.join(" "), STATE_PAGE.join("\n")]) {
      const rows = rowsOf(text);
      expect(rows.every((row) => row.notReportedBy.length === 0)).toBe(true);
      const call = rows.find((row) => row.cells.some((cell) => cell.includes("spoke today with")))!;
      expect(call.cells).toHaveLength(2);
      expect(call.cells[0]).toContain("Office of the Spokesperson November 27, 2023 The below is attributable to Spokesperson Matthew Miller:");
    }
    expect(rowsOf(STATE_PAGE.join(" "))).toEqual(rowsOf(STATE_PAGE.join("\n")));
  });

  it("reads the parts in English, Russian and Armenian, each where its evidence is clear", () => {
    const pages: [string, string[]][] = [
      ["en", ["Office of the Spokesperson", "November 27, 2023", "Secretary Blinken spoke today with President Aliyev."]],
      ["en", ["Secretary Blinken’s Call with Armenian Prime Minister Pashinyan", "Office of the Spokesperson", "Washington, DC November 27, 2023", "The Secretary spoke today with the Prime Minister."]],
      ["en", ["Secretary Blinken’s Call with Armenian Prime Minister Pashinyan", "Office of the Spokesperson", "Secretary Blinken spoke today with the Prime Minister."]],
      [
        "en",
        [
          "President Aliyev Receives Phone Call From Secretary Blinken",
          "Press Service of the President of the Republic of Azerbaijan",
          "27 November 2023, 21:40",
          "President of the Republic of Azerbaijan Ilham Aliyev has received a phone call from Secretary Blinken.",
        ],
      ],
      ["en", ["The below is attributable to Spokesperson Matthew Miller:", "Secretary Blinken spoke today with President Aliyev."]],
      ["en", ["Prime Minister Pashinyan Holds Call with Secretary Blinken", "27.11.2023", "Prime Minister Nikol Pashinyan held a phone call with Secretary Blinken."]],
      ["ru", ["Никол Пашинян провел телефонный разговор с Энтони Блинкеном", "27.11.2023", "Премьер-министр Никол Пашинян провел телефонный разговор с госсекретарем США."]],
      ["ru", ["Ильхам Алиев провел телефонный разговор с Энтони Блинкеном", "Пресс-служба Президента Азербайджанской Республики", "Баку, 27 ноября 2023 года, 21:40", "Президент Ильхам Алиев провел телефонный разговор."]],
      ["ru", ["Ильхам Алиев провел телефонный разговор с Энтони Блинкеном", "Пресс-служба Президента Азербайджанской Республики", "Президент Ильхам Алиев провел телефонный разговор."]],
      ["hy", ["Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել Էնթոնի Բլինքենի հետ", "ՀՀ վարչապետի մամուլի ծառայություն", "27.11.2023", "Վարչապետ Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել Էնթոնի Բլինքենի հետ։"]],
      ["hy", ["Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել Էնթոնի Բլինքենի հետ", "Նոյեմբերի 27, 2023, 22:10", "ՀՀ վարչապետ Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել։"]],
    ];
    for (const [language, lines] of pages) expect(cut(lines.join(" "), language)).toEqual(lines);
  });

  it("keeps an office line with the text where the name's end is not clear, and cuts only before it", () => {
    // "Стороны" could continue the office's name in the genitive: the office line and the text stay one.
    expect(cut("Ильхам Алиев провел телефонный разговор с Энтони Блинкеном Пресс-служба МИД Азербайджана Стороны обсудили мирный процесс.", "ru")).toEqual([
      "Ильхам Алиев провел телефонный разговор с Энтони Блинкеном",
      "Пресс-служба МИД Азербайджана Стороны обсудили мирный процесс.",
    ]);
  });

  it("leaves whole a dateline after a sentence-case headline unless written as a page writes it", () => {
    // "27 ноября 2023 года" after words in lower case is as much a sentence's date as a page's: no time, not in figures.
    const text = "Ильхам Алиев провел телефонный разговор с Энтони Блинкеном 27 ноября 2023 года Президент Ильхам Алиев провел телефонный разговор.";
    expect(cut(text, "ru")).toEqual([text]);
  });
});

describe("controls: ordinary sentences that open with names, dates and offices", () => {
  const WHOLE: [string, string][] = [
    ["en", "November 27, 2023 was the day Secretary Blinken called both leaders."],
    ["en", "On November 27, 2023 Secretary Blinken spoke with President Aliyev."],
    ["en", "Secretary Blinken on Monday, November 27, 2023 The Secretary spoke."],
    ["en", "Secretary Blinken spoke with President Aliyev on November 27, 2023 The two discussed peace."],
    ["en", "The Office of the Spokesperson said on November 27, 2023 that the call took place."],
    ["en", "Press Service of the President Ilham Aliyev said the call lasted an hour."],
    ["en", "Office of the Spokesperson Matthew Miller said the call was productive."],
    ["en", "Statement by the Office of the Spokesperson on the call with President Aliyev was issued late."],
    ["en", "The agreement signed in Washington November 27, 2023 Pashinyan called historic."],
    ["en", "Blinken Speaks With Aliyev November 27, 2023 Pashinyan said he welcomed the call."],
    ["en", "Secretary Blinken and Prime Minister Pashinyan discussed the displaced people of Nagorno-Karabakh on 27.11.2023 at length."],
    ["en", "The below is what Spokesperson Miller said: the call was useful."],
    ["ru", "27 ноября 2023 года Президент Ильхам Алиев провел телефонный разговор с Энтони Блинкеном."],
    ["ru", "В столице Азербайджана 27 ноября 2023 года Президент Ильхам Алиев принял звонок госсекретаря."],
    ["ru", "В понедельник, 27 ноября 2023 года, Премьер-министр Никол Пашинян провел телефонный разговор."],
    ["ru", "Соглашение от 27.11.2023 Премьер-министр назвал важным шагом."],
    ["ru", "Документ о мирном договоре подписанный 27.11.2023 Пашиняном и Алиевым не был опубликован."],
    ["ru", "Пресс-служба Кремля сообщила, что разговор состоялся."],
    ["hy", "27.11.2023-ին վարչապետ Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել Էնթոնի Բլինքենի հետ։"],
    ["hy", "Նոյեմբերի 27-ին Վարչապետ Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել պետքարտուղարի հետ։"],
    ["hy", "Այս մասին հայտնում է ՀՀ վարչապետի մամուլի ծառայությունը։"],
  ];

  it("are never cut", () => {
    for (const [language, text] of WHOLE) {
      expect(cut(text, language)).toEqual([text]);
      expect(gluedPageCuts(text, 0, text.length)).toEqual([]);
    }
  });

  it("are never cut, whatever their names, dates and opening words (property)", () => {
    const date = fc.constantFrom("November 27, 2023", "27 November 2023", "27.11.2023", "Monday, November 27, 2023", "27 November 2023, 21:40");
    const subject = fc.constantFrom("Secretary Blinken", "President Ilham Aliyev", "Prime Minister Nikol Pashinyan", "The Secretary", "Armenian Prime Minister Nikol Pashinyan");
    const opening = fc.constantFrom("", "On ", "Late on ", "In Washington on ", "Speaking by phone on ", "Secretary Blinken said that on ");
    const rest = fc.constantFrom("spoke with the leaders of Armenia and Azerbaijan.", "discussed the peace process.", "welcomed the talks on a peace deal.");
    fc.assert(
      fc.property(opening, date, subject, rest, (open, when, who, what) => {
        const text = `${open}${when} ${who} ${what}`;
        expect(cut(text)).toEqual([text]);
      }),
      { numRuns: 200 },
    );
    const russianDate = fc.constantFrom("27 ноября 2023 года", "27.11.2023", "27 ноября 2023 года, 21:40");
    const russianSubject = fc.constantFrom("Президент Ильхам Алиев", "Премьер-министр Никол Пашинян", "Госсекретарь Энтони Блинкен");
    const russianOpening = fc.constantFrom("", "В Баку ", "Вечером ", "Накануне, ");
    fc.assert(
      fc.property(russianOpening, russianDate, russianSubject, (open, when, who) => {
        const text = `${open}${when} ${who} провел телефонный разговор.`;
        expect(cut(text, "ru")).toEqual([text]);
      }),
      { numRuns: 100 },
    );
  });
});

describe("a page's furniture on a line of its own", () => {
  it("is read as such, and a sentence is not", () => {
    for (const line of [
      "Office of the Spokesperson",
      "Press Service of the President of the Republic of Azerbaijan",
      "Пресс-служба Президента Азербайджанской Республики",
      "ՀՀ վարչապետի մամուլի ծառայություն",
      "Baku, 27 ноября 2023 года, 21:40",
      "Monday, November 27, 2023",
      "Washington, DC",
      "The below is attributable to Spokesperson Matthew Miller:",
    ])
      expect(isPageFurnitureLine(line)).toBe(true);
    for (const line of ["Office of the Spokesperson said the call went well", "Secretary Blinken spoke with President Aliyev", "Press freedom in Azerbaijan", "The sides discussed the following:"])
      expect(isPageFurnitureLine(line)).toBe(false);
    expect(isAttributionLine("The following is attributable to Spokesperson Matthew Miller:")).toBe(true);
    expect(isAttributionLine("The Secretary said the following:")).toBe(false);
  });
});
