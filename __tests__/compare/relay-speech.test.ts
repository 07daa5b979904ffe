/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { frameTokens, outsideFrames } from "@/lib/compare/relay-speech";
import type { AlignedRow, Comparison, StatementInput } from "@/lib/compare/types";

// Tester 82 F7 and F6: a relay (a statement whose own words only frame the speech it quotes) was aligned and read by its
// frame too. F7: the relay's first sentence, an English frame around a quoted Russian sentence, joined the English
// readout's first row through the frame's names, so the Russian sentence it quotes word for word was "not reported by"
// the relay. F6: a relay cell's frame letters made its row "written" in the frame's script, so the English readout was
// "not reported" on one row and "other language" on the next, by the frame's length. A relay is compared and read by
// what it quotes. Texts written for this test about Blinken's late-November 2023 call with Pashinyan.

const EN = [
  "Secretary Blinken spoke today with Armenian Prime Minister Nikol Pashinyan.",
  "The Secretary discussed the peace process between Armenia and Azerbaijan.",
  "He underscored U.S. support for the people displaced from Nagorno-Karabakh.",
];
const RU = [
  "Премьер-министр Никол Пашинян провел телефонный разговор с Госсекретарем США Энтони Блинкеном.",
  "Стороны обсудили региональную повестку и двусторонние отношения.",
  "Были также обсуждены гуманитарные проблемы вынужденно перемещенных лиц.",
  "Армения готова подписать мирный договор.",
  "Мы ждем ответа Баку.",
];
const HY = [
  "Վարչապետ Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել ԱՄՆ պետքարտուղար Էնթոնի Բլինքենի հետ։",
  "Քննարկվել են տարածաշրջանային օրակարգը և երկկողմ հարաբերությունները։",
  "Հայաստանը պատրաստ է ստորագրել խաղաղության պայմանագիրը։",
  "Մենք սպասում ենք Բաքվի պատասխանին։",
];
const LONG_EN_FRAME = "According to the press service of the Armenian government, which published its account of the conversation late on Monday evening, Prime Minister Pashinyan told the Secretary:";

const statement = (id: string, text: string, language?: string): StatementInput => ({ id, label: id, text, party: id, ...(language ? { language } : {}) });
const rowOf = (rows: readonly AlignedRow[], id: string, words: string) => rows.find((row) => row.cells.some((cell) => cell.statementId === id && cell.text.includes(words)))!;
const holds = (row: AlignedRow, id: string) => row.reportedBy.includes(id);

test("tester 82 F7: the Russian sentence a relay quotes after a long English frame is the relay's, not a gap", () => {
  const { rows } = compare([
    statement("us", EN.join(" ")),
    statement("pmo", `${RU.slice(0, 3).join(" ")} Премьер-министр заявил: «${RU[3]} ${RU[4]}»`, "ru"),
    statement("relay", `${LONG_EN_FRAME} «${RU[3]} ${RU[4]}»`),
  ]);
  for (const quoted of [RU[3], RU[4]].map((sentence) => sentence.slice(0, 15))) {
    const row = rowOf(rows, "pmo", quoted);
    // Before: the first quoted sentence's row was "not reported by relay", the relay's cell sat in the English first row.
    expect([quoted, holds(row, "relay"), row.notReportedBy, row.otherLanguageBy]).toEqual([quoted, true, [], ["us"]]);
  }
  expect(rows.filter((row) => holds(row, "us") && holds(row, "relay"))).toEqual([]);
});

// [frame script's readout, speech script's readout with the sentences a relay quotes, the relay's frames]
interface Case {
  name: string;
  frameReadout: StatementInput;
  speechReadout: StatementInput;
  /** Sentences of speechReadout the relay may quote, as written there. */
  speech: string[];
  /** Frames that name the call's principals, in the frame readout's script; "{}" where the quotation stands. */
  frames: string[];
  /** The relay's language tag (the frame's). */
  language?: string;
  quote: (sentences: string) => string;
}

const CASES: Case[] = [
  {
    name: "English frame, Russian speech",
    frameReadout: statement("frame-side", EN.join(" ")),
    speechReadout: statement("speech-side", RU.join(" "), "ru"),
    speech: RU.slice(1),
    frames: [`${LONG_EN_FRAME} {}`, "Prime Minister Pashinyan told Secretary Blinken: {}", "{}, Prime Minister Pashinyan told the Secretary, according to the Armenian government."],
    quote: (sentences) => `«${sentences}»`,
  },
  {
    name: "English frame, Armenian speech",
    frameReadout: statement("frame-side", EN.join(" ")),
    speechReadout: statement("speech-side", HY.join(" "), "hy"),
    speech: HY.slice(1),
    frames: [`${LONG_EN_FRAME} {}`, "The office of Armenian Prime Minister Pashinyan said after his call with Secretary Blinken: {}"],
    quote: (sentences) => `«${sentences}»`,
  },
  {
    name: "Russian frame, English speech",
    frameReadout: statement("frame-side", RU.slice(0, 3).join(" "), "ru"),
    speechReadout: statement("speech-side", EN.join(" ")),
    speech: EN.slice(1),
    frames: [
      "Как сообщил Государственный департамент США по итогам телефонного разговора госсекретаря Энтони Блинкена с премьер-министром Николом Пашиняном: {}",
      "Госдепартамент США после разговора Блинкена с Пашиняном заявил: {}",
    ],
    language: "ru",
    quote: (sentences) => `“${sentences}”`,
  },
  {
    name: "Armenian frame, English speech",
    frameReadout: statement("frame-side", HY.slice(0, 2).join(" "), "hy"),
    speechReadout: statement("speech-side", EN.join(" ")),
    speech: EN.slice(1),
    frames: ["Պետդեպարտամենտի հաղորդմամբ՝ պետքարտուղար Էնթոնի Բլինքենը վարչապետ Նիկոլ Փաշինյանի հետ հեռախոսազրույցում հայտարարել է: {}։"],
    language: "hy",
    quote: (sentences) => `«${sentences}»`,
  },
];

test("property: a relay's sentences share the rows of the speech they quote, never a row of its frame's script, and the frame's side reads them as another language", () => {
  fc.assert(
    fc.property(fc.constantFrom(...CASES), fc.nat(), fc.nat(), fc.constantFrom(1, 2), (c, frameAt, firstAt, count) => {
      const first = firstAt % (c.speech.length - count + 1);
      const quoted = c.speech.slice(first, first + count);
      // A quotation's last full stop inside its marks, as the readouts write it ("…договор.»"; Armenian "։" stays).
      const relay = c.frames[frameAt % c.frames.length].replace("{}", c.quote(quoted.join(" ")));
      const result: Comparison = compare([c.frameReadout, c.speechReadout, statement("relay", relay, c.language)]);
      for (const sentence of quoted) {
        const row = rowOf(result.rows, "speech-side", sentence.slice(0, 12));
        expect([relay, sentence, holds(row, "relay"), row.notReportedBy, row.otherLanguageBy]).toEqual([relay, sentence, true, [], ["frame-side"]]);
      }
      expect([relay, result.rows.filter((row) => holds(row, "frame-side") && holds(row, "relay")).map((row) => row.id)]).toEqual([relay, []]);
    }),
    { numRuns: 80 },
  );
});

test("tester 82 F6: the frame's length never changes the frame side's verdict on a row the relay quotes", () => {
  const clauses = [", which published its account late on Monday", ", citing the office of the Prime Minister", ", in a statement on its website", ", shortly after midnight"];
  fc.assert(
    fc.property(fc.subarray(clauses), fc.integer({ min: 1, max: 2 }), (extra, quotedAt) => {
      const relay = `According to the press service of the Armenian government${extra.join("")}, Prime Minister Pashinyan told the Secretary: «${RU[quotedAt]}»`;
      const { rows } = compare([statement("us", EN.join(" ")), statement("ru", RU.slice(0, 3).join(" "), "ru"), statement("relay", relay)]);
      const row = rowOf(rows, "ru", RU[quotedAt].slice(0, 12));
      expect([relay, holds(row, "relay"), row.notReportedBy, row.otherLanguageBy]).toEqual([relay, true, [], ["us"]]);
      // The Russian sentence the relay does not quote is its gap: it writes Russian through its quotation.
      const other = rowOf(rows, "ru", RU[3 - quotedAt].slice(0, 12));
      expect([relay, other.notReportedBy, other.otherLanguageBy]).toEqual([relay, ["relay"], ["us"]]);
    }),
    { numRuns: 16 },
  );
});

test("a relay whose frame and speech share a script shares the row of the sentence it quotes", () => {
  const { rows } = compare([
    statement("us", EN.join(" ")),
    statement("relay", `The State Department said after the call with the Armenian Prime Minister: “${EN[1]}”`),
    statement("paper", `Pashinyan told reporters on Tuesday that the talks had gone well. The Secretary discussed the peace process between Armenia and Azerbaijan, the State Department said.`),
  ]);
  const row = rowOf(rows, "us", "peace process");
  expect(row.reportedBy).toEqual(["us", "relay", "paper"]);
});

describe("relay-speech helpers", () => {
  test("frameTokens marks the tokens that start in a frame; none without frames", () => {
    expect(frameTokens(Int32Array.from([0, 4, 10, 20]), 4, [{ start: 3, end: 11 }])).toEqual(Uint8Array.from([0, 1, 1, 0]));
    expect(frameTokens(Int32Array.from([0, 4]), 2, [])).toBeUndefined();
  });

  test("outsideFrames reads a cell of joined segments without the frames that meet it", () => {
    // Statement: "AB said: «x y.» Then: «z.»" as two segments [0, 15) and [16, 26).
    const text = "AB said: «x y.» Then: «z.»";
    const cell = { text: `${text.slice(0, 15)} ${text.slice(16)}`, spans: [{ start: 0, end: 15 }, { start: 16, end: 26 }] };
    expect(outsideFrames(cell.text, cell.spans, [{ start: 0, end: 9 }, { start: 16, end: 22 }])).toBe("«x y.» «z.»");
    expect(outsideFrames(cell.text, cell.spans, [])).toBe(cell.text);
    // Text that is not its spans joined by a space: read whole.
    expect(outsideFrames("something else", cell.spans, [{ start: 0, end: 9 }])).toBe("something else");
  });
});
