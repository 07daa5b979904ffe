/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import type { AlignedRow } from "@/lib/compare/types";
import { quotationFrames } from "@/lib/compare/quotation-frames";
import { findQuotations } from "@/lib/compare/quotation-marks";
import { readScripts } from "@/lib/text/language";

// Helper C of session 15: a relay — a statement whose own words only frame the speech it quotes — was read as writing
// its quotation's script only while the frame was under a quarter of its letters (lib/text/language.ts MIN_OWN_SHARE).
// A longer frame ("According to the press service of the Armenian government, Prime Minister Pashinyan told the
// Secretary: «…»") made it "write" the frame's script: the English readout's claims became its gaps, and the Russian
// readout's claims its quotation left out were hidden as "other language". A frame is a frame at any length now.
// Texts written for this test.
const quotedIn = (text: string) => findQuotations(text).flatMap((quotation) => quotation.fragments);
const read = (text: string, language?: string) => readScripts(text, { language, quoted: quotedIn(text), frames: quotationFrames(text, quotedIn(text)) });

const EN = "Secretary Blinken spoke with Prime Minister Pashinyan of Armenia. The Secretary reaffirmed support for a durable peace. He welcomed the steps of the government to shelter displaced people.";
const RU_QUOTED = "Премьер-министр поблагодарил госсекретаря за поддержку вынужденно перемещённых лиц. Стороны обсудили проект мирного договора. Пашинян подчеркнул важность международной помощи.";
const RU_READOUT = `Премьер-министр Никол Пашинян провёл телефонный разговор с госсекретарём США Энтони Блинкеном. ${RU_QUOTED} Стороны также затронули вопросы региональной безопасности и открытия коммуникаций.`;
const LONG_FRAME = "According to the press service of the Armenian government, which published the text late on Monday evening, Prime Minister Pashinyan told the Secretary:";

const cellsOf = (row: AlignedRow) => row.cells.map((cell) => cell.text).join(" ");

test("a relay with a long English frame around a Russian quotation: Russian rows it lacks are its gaps, English rows another language", () => {
  const relay = `${LONG_FRAME} «${RU_QUOTED}»`;
  // The frame is well over a quarter of the letters: the case that read "Latn".
  expect(read(relay)).toEqual({ script: "Cyrl", written: new Set(["Cyrl"]) });
  const rows = compare([
    { id: "state", label: "State Department", text: EN, party: "us", language: "en" },
    { id: "gov-ru", label: "Government (ru)", text: RU_READOUT, party: "am", language: "ru" },
    { id: "relay", label: "Agency", text: relay, party: "agency", language: "en" },
  ]).rows;
  const security = rows.find((row) => cellsOf(row).includes("региональной безопасности"))!;
  expect([security.notReportedBy, security.otherLanguageBy]).toEqual([["relay"], ["state"]]);
  for (const marker of ["reaffirmed support", "shelter displaced"]) {
    const row = rows.find((r) => cellsOf(r).includes(marker))!;
    expect([marker, row.notReportedBy, row.otherLanguageBy]).toEqual([marker, [], ["gov-ru", "relay"]]);
  }
});

test("the reverse: a Russian or Armenian frame of any length around an English quotation writes English", () => {
  const english = "The Secretary reaffirmed support for a durable peace. He welcomed the steps of the government to shelter displaced people.";
  expect(read(`По сообщению пресс-службы Государственного департамента, опубликованному вечером в понедельник на официальном сайте ведомства, госсекретарь Энтони Блинкен заявил: «${english}»`).written).toEqual(new Set(["Latn"]));
  // Armenian: a colon, the mijaket "." in a text that ends its sentences with "։", and "՝" before a capital.
  for (const introducer of [":", ".", "՝"]) {
    const text = `Պետդեպարտամենտի մամուլի ծառայության հաղորդմամբ, որը հրապարակվել է երկուշաբթի երեկոյան, պետքարտուղար Բլինքենը հայտնել է${introducer} «${english}»։`;
    expect([introducer, read(text).written]).toEqual([introducer, new Set(["Latn"])]);
  }
});

test("a sentence of its own, or a phrase quoted in one, is still the statement's", () => {
  // An own sentence beside the relay: its script (tester 71 F1).
  expect(read(`${LONG_FRAME} «${RU_QUOTED}» The agency will publish the full text on Tuesday.`).written).toEqual(new Set(["Latn"]));
  // A phrase inside a sentence of the writer's, however long the phrase.
  expect(read(`Lavrov called the talks «конструктивными, откровенными и полезными для продвижения всего мирного процесса между двумя странами» on Monday.`).written).toEqual(new Set(["Latn"]));
  // A heading or dateline above a relay is no sentence: it writes what it quotes.
  expect(read(`READOUT\n\nYEREVAN, November 28\n\n${LONG_FRAME} «${RU_QUOTED}»`).written).toEqual(new Set(["Cyrl"]));
});

const words = (letters: string) => fc.array(fc.array(fc.nat({ max: letters.length - 1 }).map((k) => letters[k]), { minLength: 2, maxLength: 9 }).map((w) => w.join("")), { minLength: 1, maxLength: 40 }).map((w) => w.join(" "));
const SCRIPTS = {
  Latn: "abcdefghijklmnopqrstuvwxyz",
  Cyrl: "абвгдежзийклмнопрстуфхцчшщыэюя",
  Armn: "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
} as const;
type Script = keyof typeof SCRIPTS;
const pairs: [Script, Script][] = [
  ["Latn", "Cyrl"],
  ["Latn", "Armn"],
  ["Cyrl", "Latn"],
  ["Armn", "Latn"],
];

test("property: a frame of any length around quoted speech, in any shape, makes the statement write what it quotes", () => {
  const capitalised = (text: string) => text[0].toUpperCase() + text.slice(1);
  // The shapes of speech: introduced by a colon; by a comma before a capital; quoted first, attributed after; a
  // quotation holding a full stop of its own. `stop` ends the frame's sentence: Armenian's "։" after an Armenian frame
  // (a text that never writes it types ":" for it, and its ":" ends a sentence, as lib/compare/segment.ts reads it).
  const shapes = [
    (frame: string, quoted: string, stop: string) => `${capitalised(frame)}: «${capitalised(quoted)}»${stop}`,
    (frame: string, quoted: string, stop: string) => `${capitalised(frame)}, «${capitalised(quoted)}»${stop}`,
    (frame: string, quoted: string, stop: string) => `«${capitalised(quoted)}», — ${frame}${stop}`,
    (frame: string, quoted: string) => `${capitalised(frame)} «${quoted}.»`,
  ];
  fc.assert(
    fc.property(fc.constantFrom(...pairs), words(SCRIPTS.Latn), words(SCRIPTS.Cyrl), words(SCRIPTS.Armn), fc.nat({ max: shapes.length - 1 }), fc.nat({ max: 3 }), (pair, latin, cyrillic, armenian, shape, repeat) => {
      const [frameScript, quotedScript] = pair;
      const text = { Latn: latin, Cyrl: cyrillic, Armn: armenian };
      // Frames from a few letters to several times the quotation's.
      const frame = Array.from({ length: repeat + 1 }, () => text[frameScript]).join(" ");
      const statement = shapes[shape](frame, text[quotedScript], frameScript === "Armn" ? "։" : ".");
      expect([statement, read(statement).written]).toEqual([statement, new Set([quotedScript])]);
    }),
    { numRuns: 300 },
  );
});
