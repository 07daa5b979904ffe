/** @jest-environment node */
import { rowsOf, statement } from "../helpers/hard-wrapped-copies";
import { lineGoesOn, wrapsBetween } from "@/lib/compare/hard-wraps";
import { OpenQuotations, quotationOpenBefore } from "@/lib/compare/open-quotation";
import { splitSentences } from "@/lib/compare/segment";
import { diffVersions } from "@/lib/compare/versions";

// Own sentences about Blinken's late-November 2023 calls with Pashinyan and Aliyev. A hard wrap: a sentence broken
// over two lines by its writer, an email client or a CMS, with no comma before the break (session 17, H7; tester T3
// #20): the line does not end its sentence and the next goes on in lower case, or a quotation is open (hard-wraps.ts).
const sentencesOf = (text: string, language = "en") => splitSentences(text, language).map(({ start, end }) => text.slice(start, end));

describe("a sentence broken over two lines without a comma is one sentence", () => {
  test.each([
    // The brief's two examples, in the three languages the engine reads.
    ["en", "The two sides discussed the situation on the border, which remains under\nstrain."],
    ["ru", "Стороны обсудили ситуацию на границе, которая остаётся\nнапряжённой."],
    ["hy", "Կողմերը քննարկել են սահմանին տիրող իրավիճակը, որը մնում է\nլարված։"],
    ["hy", "Կողմերը քննարկել են սահմանին տիրող իրավիճակը, որը մնում է\nլարված:"],
    ["en", "Blinken said: “We will keep working\ntoward a durable peace.”"],
    ["ru", "Блинкен сказал: «Мы продолжим работать\nнад прочным миром»."],
    ["hy", "Բլինքենը նշել է. «Մենք կշարունակենք աշխատել\nհանուն կայուն խաղաղության»։"],
    // Every line break, white space around it, wrapped more than once.
    ["en", "The two sides discussed the situation on the border, which remains under\r\nstrain."],
    ["en", "The two sides discussed the situation on the border, which remains under\u2028strain."],
    ["en", "The two sides discussed the situation on the border, which remains under\u2029strain."],
    ["en", "The two sides discussed the situation \n  on the border, which remains under strain."],
    ["en", "The two sides\ndiscussed the situation on the\nborder, which remains\nunder strain."],
    // Marks that end no sentence: a colon, a semicolon, a dash, an abbreviation's dot, an ellipsis, the Armenian mijaket.
    ["en", "The Secretary made one point:\nthe talks must go on soon."],
    ["en", "The sides met on Monday;\nthe talks went on for an hour."],
    ["ru", "Переговоры прошли —\nпо словам сторон — конструктивно."],
    ["en", "Blinken spoke with the President about the U.S.\nposition on the talks."],
    ["en", "We will keep working…\ntoward a durable peace, Blinken said."],
    ["en", "We will keep working...\ntoward a durable peace, Blinken said."],
    ["hy", "Բլինքենը նշել է.\nխաղաղությունը հնարավոր է։"],
    // Inside an open quotation, a lower-case line goes on whatever ends the line before (wrapsInsideQuotation's rule).
    ["en", "Blinken asked: “Is a durable peace near?\nwe believe it is.”"],
    ["ru", "Алиев спросил: «Почему встреча отменена?\nмы готовы к ней»."],
    // A quoted question's attribution on the next line, as on one line ("“…?” Blinken asked.").
    ["en", "“Is a durable peace within reach?”\nBlinken asked."],
  ])("%s: %j", (language, text) => {
    expect(sentencesOf(text, language)).toEqual([text]);
  });

  test("in a text: the wrapped sentence is whole among its neighbours", () => {
    const text = "Blinken called Aliyev on Monday. The two sides discussed the situation on the border, which remains under\nstrain. They agreed to talk again.";
    expect(sentencesOf(text)).toEqual(["Blinken called Aliyev on Monday.", "The two sides discussed the situation on the border, which remains under\nstrain.", "They agreed to talk again."]);
  });
});

describe("what stays apart", () => {
  test.each([
    // Headings, office lines, datelines and sentences open their lines with a capital or a digit.
    [
      "en",
      "Secretary Blinken's Call with Azerbaijani President Aliyev\nOffice of the Spokesperson\nNovember 27, 2023\nSecretary Blinken spoke with\nthe President today.",
      ["Secretary Blinken's Call with Azerbaijani President Aliyev", "Office of the Spokesperson", "November 27, 2023", "Secretary Blinken spoke with\nthe President today."],
    ],
    ["en", "The talks were useful\nBlinken thanked Aliyev.", ["The talks were useful", "Blinken thanked Aliyev."]],
    // A blank line ends a paragraph.
    ["en", "The sides discussed the border\n\nand the detainees.", ["The sides discussed the border", "and the detainees."]],
    // A sentence's mark before the line break ends the sentence, though the next line opens in lower case.
    ["en", "The talks went well.\nthe next round is set.", ["The talks went well.", "the next round is set."]],
    ["en", "Why did the talks stall?\nthe ministers asked again.", ["Why did the talks stall?", "the ministers asked again."]],
    ["hy", "Բլինքենը զանգել է։\nպայմանավորվել են։", ["Բլինքենը զանգել է։", "պայմանավորվել են։"]],
    ["hy", "Բլինքենը զանգել է:\nպայմանավորվել են։", ["Բլինքենը զանգել է:", "պայմանավորվել են։"]],
    // After a closed quotation, a lower-case line that is no attribution is the next sentence's.
    ["en", "Blinken said “peace is near.”\nthe talks went on.", ["Blinken said “peace is near.”", "the talks went on."]],
    // List items with markers, in lower case too.
    ["en", "The sides discussed:\na) the border\nb) the detainees", ["The sides discussed:", "a) the border", "b) the detainees"]],
    ["en", "The sides discussed:\n- the border\n- the detainees", ["The sides discussed:", "- the border", "- the detainees"]],
    // Unmarked lists: a lead-in, then lower-case items one to a line (unmarked-lists.ts).
    [
      "en",
      "The two sides discussed:\nthe peace treaty with Azerbaijan\nthe delimitation of the border\nhumanitarian issues",
      ["The two sides discussed:", "the peace treaty with Azerbaijan", "the delimitation of the border", "humanitarian issues"],
    ],
    ["en", "The sides discussed:\nthe peace treaty,\nthe border,\nthe detainees.", ["The sides discussed:", "the peace treaty,", "the border,", "the detainees."]],
    ["ru", "Стороны обсудили:\nмирный договор;\nделимитацию границы;\nгуманитарные вопросы.", ["Стороны обсудили:", "мирный договор;", "делимитацию границы;", "гуманитарные вопросы."]],
    ["hy", "Կողմերը քննարկել են.\nխաղաղության պայմանագիրը\nսահմանազատումը։", ["Կողմերը քննարկել են.", "խաղաղության պայմանագիրը", "սահմանազատումը։"]],
    ["hy", "Կողմերը քննարկել են:\nխաղաղության պայմանագիրը\nսահմանազատումը", ["Կողմերը քննարկել են:", "խաղաղության պայմանագիրը", "սահմանազատումը"]],
  ])("%s: %j", (language, text, sentences) => {
    expect(sentencesOf(text, language)).toEqual(sentences);
  });

  test("a sentence wrapped after a colon is no list where a line ends in a function word", () => {
    const text = "The Secretary made one point:\nthe talks that\nboth sides want must go on.";
    expect(sentencesOf(text)).toEqual([text]);
  });
});

describe("the rule's parts", () => {
  // The segmenter's reading of the line's last mark: here only whether a quotation is open.
  const goesOn = (line: string) => lineGoesOn(line, line.length, () => quotationOpenBefore(line, line.length));
  test.each([
    ["which remains under", true],
    ["the border,", true],
    ["made one point:", true],
    ["We will keep working…", true],
    ["The talks went well.", false],
    ["Why did the talks stall?", false],
    ["Բլինքենը զանգել է։", false],
    ["Բլինքենը զանգել է:", false],
    ["Blinken said “peace is near.”", false],
    ["He asked: “Is peace near?", true],
  ])("lineGoesOn(%j) is %s", (line, expected) => {
    expect(goesOn(line)).toBe(expected);
  });

  test("the caller's reading of an abbreviation's dot is asked", () => {
    expect(lineGoesOn("the U.S.", 8, () => true)).toBe(true);
    expect(lineGoesOn("the U.S.", 8, () => false)).toBe(false);
  });

  test("quotationOpenBefore follows pairs, nesting and paragraphs", () => {
    expect(quotationOpenBefore("He said: “Peace is near.", 24)).toBe(true);
    expect(quotationOpenBefore("He said: “Peace is near.” Then", 30)).toBe(false);
    expect(quotationOpenBefore("Он сказал: «Это „важно“ для нас.", 32)).toBe(true);
    expect(quotationOpenBefore("Он сказал: «Это „важно“.» Потом", 31)).toBe(false);
    expect(quotationOpenBefore('He said: "Peace is near." Then', 30)).toBe(false);
    expect(quotationOpenBefore('He said: "Peace is near.', 24)).toBe(true);
    expect(quotationOpenBefore("He said: “Peace is near.\n\nThen it ended.", 40)).toBe(false);
    expect(quotationOpenBefore(`He said: “${"peace ".repeat(600)}`, 3610)).toBe(false);
  });

  test("OpenQuotations asked forward reads as asked afresh, and starts again when asked before its last offset", () => {
    const text = "He said: “Peace is near.\nwe hope” and «more „here“ now» then\n\n“open";
    const quotations = new OpenQuotations(text);
    const offsets = [5, 12, 24, 33, 40, 47, 52, 57, 62, 66, text.length, 20, 33];
    expect(offsets.map((at) => quotations.openBefore(at))).toEqual(offsets.map((at) => quotationOpenBefore(text, at)));
  });

  test("wrapsBetween: one line break, and a lower-case word", () => {
    const never = () => false;
    const text = "which remains under\nstrain";
    expect(wrapsBetween(text, 19, 20, () => true, never)).toBe(true);
    expect(wrapsBetween(text, 19, 20, () => false, never)).toBe(false);
    expect(wrapsBetween("which remains under\n\nstrain", 19, 21, () => true, never)).toBe(false);
    expect(wrapsBetween("which remains under\nStrain", 19, 20, () => true, never)).toBe(false);
    expect(wrapsBetween("the border\nb) the detainees", 10, 11, () => true, never)).toBe(false);
  });
});

/** The text with the space before a lower-case word turned into a line break wherever a line has grown past `width`. */
function wrapBeforeLowerCase(text: string, width: number): string {
  let out = "";
  let column = 0;
  for (let k = 0; k < text.length; k++) {
    const wrap = text[k] === " " && column >= width && /\p{Ll}/u.test(text[k + 1] ?? "");
    out += wrap ? "\n" : text[k];
    column = wrap ? 0 : column + 1;
  }
  return out;
}

const READOUTS: Record<string, string[]> = {
  en: [
    "Secretary of State Antony Blinken spoke with Prime Minister Nikol Pashinyan of Armenia on Monday.",
    "The two sides discussed the situation on the border, which remains under strain, and the humanitarian needs of more than 100,000 displaced people.",
    "Blinken said: “We will keep working toward a durable and dignified peace between Armenia and Azerbaijan.”",
    "The Secretary welcomed the commitment of both leaders to the peace process and noted the importance of direct talks in Washington.",
    "They agreed to stay in close touch in the coming weeks.",
  ],
  ru: [
    "Государственный секретарь США Энтони Блинкен провёл в понедельник телефонный разговор с президентом Азербайджана Ильхамом Алиевым.",
    "Стороны обсудили ситуацию на границе, которая остаётся напряжённой, и перспективы мирного договора между Азербайджаном и Арменией.",
    "Блинкен сказал: «Мы продолжим работать над прочным и достойным миром в регионе».",
    "Алиев выразил обеспокоенность заявлениями американских официальных лиц о политике Баку в регионе.",
  ],
  hy: [
    "ԱՄՆ պետքարտուղար Էնթոնի Բլինքենը երկուշաբթի հեռախոսազրույց է ունեցել ՀՀ վարչապետ Նիկոլ Փաշինյանի հետ։",
    "Կողմերը քննարկել են սահմանին տիրող իրավիճակը, որը մնում է լարված, և տեղահանված անձանց հումանիտար կարիքները։",
    "Բլինքենը նշել է. «Մենք կշարունակենք աշխատել հանուն կայուն և արժանապատիվ խաղաղության»։",
    "Վարչապետը շնորհակալություն է հայտնել ԱՄՆ-ին աջակցության համար։",
  ],
};

const OTHER_READOUTS: Record<string, string> = {
  en: "Prime Minister Pashinyan received a call from Secretary Blinken. The two sides discussed the situation on the border. Pashinyan thanked the United States for its support.",
  ru: "Президент Ильхам Алиев принял телефонный звонок от госсекретаря Блинкена. Стороны обсудили перспективы мирного договора.",
  hy: "Վարչապետ Փաշինյանը հեռախոսազրույց է ունեցել պետքարտուղար Բլինքենի հետ։ Կողմերը քննարկել են սահմանին տիրող իրավիճակը։",
};

describe.each(Object.keys(READOUTS))("a readout and its hard-wrapped copy (%s)", (language) => {
  const text = READOUTS[language].join(" ");
  const wrapped = wrapBeforeLowerCase(text, 40);

  test("the copy is wrapped inside its sentences", () => {
    expect(wrapped.split("\n").length).toBeGreaterThan(READOUTS[language].length);
    expect(wrapped.replace(/\n/gu, " ")).toBe(text);
  });

  test("splitSentences gives the same sentences", () => {
    expect(sentencesOf(wrapped, language).map((sentence) => sentence.replace(/\n/gu, " "))).toEqual(sentencesOf(text, language));
  });

  test("compare() of the readout against its copy: every row holds both, nothing is not reported", () => {
    const rows = rowsOf([statement("a", text, language), statement("b", wrapped, language)]);
    expect(rows).toEqual(rowsOf([statement("a", text, language), statement("b", text, language)]));
    expect(rows.every((row) => row.cells.length === 2 && row.notReportedBy.length === 0)).toBe(true);
  });

  test("compare() against another readout gives the same rows and verdicts as the readout on unwrapped lines", () => {
    const other = statement("other", OTHER_READOUTS[language], language);
    expect(rowsOf([statement("a", wrapped, language), other])).toEqual(rowsOf([statement("a", text, language), other]));
  });

  test("diffVersions of the readout against its copy pairs every sentence one to one, with no split and no edit but typography", () => {
    const diff = diffVersions(text, wrapped, language);
    // One to one; a pair whose sentence was wrapped holds a typographic edit (the line break), so it is "changed".
    expect(diff.pairs.map((pair) => [pair.aSentences.length, pair.bSentences.length])).toEqual(READOUTS[language].map(() => [1, 1]));
    expect(diff.pairs.every((pair) => pair.relation === (diff.edits.some((edit) => edit.pairId === pair.id) ? "changed" : "equal"))).toBe(true);
    expect(diff.edits.every((edit) => edit.class === "typographic")).toBe(true);
  });
});

describe("an unmarked list reads as the same list with its markers (the evidence for keeping its items apart)", () => {
  // A readout's topics one to a line, as a web page's bulleted list reads when pasted as plain text without its bullets.
  const lead = "Secretary Blinken spoke with Prime Minister Pashinyan of Armenia on Monday. The two sides discussed:\n";
  const items = ["the peace treaty with Azerbaijan", "the delimitation of the border", "humanitarian issues of the displaced persons"];
  const close = "\nThe Secretary welcomed the progress made in recent weeks.";
  const bulleted = `${lead}${items.map((item) => `- ${item}`).join("\n")}${close}`;
  const unmarked = `${lead}${items.join("\n")}${close}`;
  // Another readout of the call that reports only the first topic.
  const other = statement("am", "Blinken and Pashinyan talked on Monday. They discussed the peace treaty with Azerbaijan. Blinken welcomed the progress made in recent weeks.", "en");
  const withoutMarkers = (rows: ReturnType<typeof rowsOf>) =>
    rows.map((row) => ({ ...row, cells: row.cells.map(([id, text]) => [id, text.replace(/(^|: )- /gu, "$1")]) }));

  test("the same rows and verdicts with and without the bullets", () => {
    expect(withoutMarkers(rowsOf([statement("us", unmarked, "en"), other]))).toEqual(withoutMarkers(rowsOf([statement("us", bulleted, "en"), other])));
  });

  test("a topic the other readout left out is not reported by it, as with the bullets (read as one wrapped sentence, it was hidden)", () => {
    const rows = rowsOf([statement("us", unmarked, "en"), other]);
    const gap = rows.find((row) => row.cells.some(([, text]) => text === "the delimitation of the border"));
    expect(gap?.cells.map(([id]) => id)).toEqual(["us"]);
    expect(gap?.notReportedBy).toEqual(["am"]);
  });
});
