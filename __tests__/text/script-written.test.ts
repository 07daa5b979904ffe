/** @jest-environment node */
import fc from "fast-check";
import { quotationFrames } from "@/lib/compare/quotation-frames";
import { findQuotations } from "@/lib/compare/quotation-marks";
import { passageScripts, readScripts, soleScript } from "@/lib/text/language";

// lib/text/language.ts readScripts `written`: the scripts a text writes in its own words, never in what it quotes, even
// when its own words are only a frame (tester 71 F1: a Russian readout whose own words were a fifth of its letters was
// said to write the English it quoted); a tag that overrules the letters leaves its script alone. soleScript: the one
// script of every letter, for the engine's cheap reading of a row's cells (lib/compare/exchanges.ts scopeRow).
const quotedIn = (text: string) => findQuotations(text).flatMap((quotation) => quotation.fragments);
/** As lib/compare/exchanges.ts reads a statement: its quotations, and their frames. */
const read = (text: string, language?: string) => readScripts(text, { language, quoted: quotedIn(text), frames: quotationFrames(text, quotedIn(text)) });

const ENGLISH =
  "The Secretary welcomed the commitment to a lasting peace agreement. He raised points of concern in bilateral relations. They discussed deeper cooperation around the peace process and the next round of talks.";
const RUSSIAN_OWN = "Стороны также обсудили заявления помощника госсекретаря.";

test("a relay with a sentence of its own writes that sentence's script, never what it quotes (F1)", () => {
  // Its own words are under a quarter of its letters: every letter votes for the script, its own sentence alone for
  // `written`; "Госдеп сообщил:" only frames the quotation.
  const text = `Госдеп сообщил: «${ENGLISH} ${ENGLISH}» ${RUSSIAN_OWN}`;
  expect(read(text)).toEqual({ script: "Latn", written: new Set(["Cyrl"]) });
  const englishFrame = `The ministry said: «${ENGLISH} ${ENGLISH}» ${RUSSIAN_OWN}`;
  expect(read(englishFrame).written).toEqual(new Set(["Cyrl"]));
});

test("a relay whose own words only frame its quotations writes what it quotes (k2.11); without the frames, the frame's script", () => {
  const relay = `The Kremlin said: «${RUSSIAN_OWN} ${RUSSIAN_OWN} ${RUSSIAN_OWN}»`;
  expect(read(relay)).toEqual({ script: "Cyrl", written: new Set(["Cyrl"]) });
  expect(readScripts(relay, { quoted: quotedIn(relay) })).toEqual({ script: "Cyrl", written: new Set(["Latn"]) });
  // Every letter quoted: the quotation is the text.
  expect(read(`«${RUSSIAN_OWN}»`)).toEqual({ script: "Cyrl", written: new Set(["Cyrl"]) });
  // Own words of a quarter or more are the text's, frames included: an English report quoting a Russian phrase.
  expect(read(`Lavrov called the talks «конструктивными» and said the sides would meet again in December.`).written).toEqual(new Set(["Latn"]));
});

test("a tag that overrules the letters: the text writes its tag's script only; a tag the letters agree with changes nothing", () => {
  const mixed = `${RUSSIAN_OWN} ${RUSSIAN_OWN} ${ENGLISH}`;
  expect(read(mixed)).toEqual({ script: "Latn", written: new Set(["Latn", "Cyrl"]) });
  expect(read(mixed, "ru")).toEqual({ script: "Cyrl", written: new Set(["Cyrl"]) });
  expect(read(mixed, "en")).toEqual({ script: "Latn", written: new Set(["Latn", "Cyrl"]) });
});

const words = (letters: string) => fc.array(fc.array(fc.nat({ max: letters.length - 1 }).map((k) => letters[k]), { minLength: 2, maxLength: 9 }).map((w) => w.join("")), { minLength: 1, maxLength: 30 }).map((w) => w.join(" "));
const LATIN = "abcdefghijklmnopqrstuvwxyz";
const CYRILLIC = "абвгдежзийклмнопрстуфхцчшщыэюя";
const ARMENIAN = "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ";

const count = (text: string) => (text.match(/\p{L}/gu) ?? []).length;

test("property: whatever a text quotes beside its own sentences, and in whatever share, what it writes is its own sentences' scripts", () => {
  fc.assert(
    fc.property(words(CYRILLIC), fc.option(words(ARMENIAN), { nil: undefined }), words(LATIN), fc.boolean(), (own, ownSecond, quoted, before) => {
      const mine = ownSecond ? `${own} ${ownSecond}` : own;
      // A tenth of its own letters or more (MIN_WRITTEN_SHARE); the quoted Latin never.
      const expected = new Set([own, ownSecond ?? ""].filter((part) => count(part) > 0 && count(part) * 10 >= count(mine)).map((part) => (part === own ? "Cyrl" : "Armn")));
      expect(read(before ? `«${quoted}». ${mine}.` : `${mine}. «${quoted}».`).written).toEqual(expected);
    }),
    { numRuns: 200 },
  );
});

// Helper C of session 15: a frame of a quarter of the letters or more made the relay write the frame's script (this
// property asserted it). A frame is a frame at any length; a phrase quoted in a sentence of the writer's is not one.
test("property: a relay (a frame of any length around quoted speech) writes what it quotes; a quoted phrase, the sentence's script", () => {
  fc.assert(
    fc.property(words(LATIN), words(CYRILLIC), (frame, quoted) => {
      expect(read(`${frame}: «${quoted}».`).written).toEqual(new Set(["Cyrl"]));
      // No colon, no capital, no full stop inside the marks: a phrase in a sentence of the writer's, which it writes
      // however long the phrase.
      expect(read(`${frame} «${quoted}» ${frame}.`).written).toEqual(new Set(["Latn"]));
    }),
    { numRuns: 200 },
  );
});

test("soleScript: the one script of every letter of a text, or none", () => {
  expect(["Blinken spoke — 12:30, café.", "Блинкен позвонил.", "Բլինքենը զանգահարեց։", "— 12, 14 —", "Blinken spoke with Алиев.", "µ"].map(soleScript)).toEqual(["Latn", "Cyrl", "Armn", "", undefined, undefined]);
  fc.assert(
    fc.property(words(LATIN), words(CYRILLIC), fc.nat(), (latin, cyrillic, at) => {
      const k = at % (latin.length + 1);
      expect(soleScript(latin)).toBe("Latn");
      expect(soleScript(`${latin.slice(0, k)} ${cyrillic} ${latin.slice(k)}`)).toBeUndefined();
    }),
    { numRuns: 100 },
  );
});

test("passageScripts: a cell is in the script most of its letters are in, and in any holding a third of them", () => {
  // A name, a quoted phrase or an "X said:" in another script is borrowed (tester 71 k2.11, k3.6).
  expect(passageScripts("Алиев выразил недовольство заявлениями O'Brien в Конгрессе.")).toEqual(new Set(["Cyrl"]));
  expect(passageScripts("Блинкен назвал это «the way forward» и призвал стороны к диалогу.")).toEqual(new Set(["Cyrl"]));
  expect(passageScripts("The presidency said: «Президент Ильхам Алиев провёл телефонный разговор с госсекретарём США.")).toEqual(new Set(["Cyrl"]));
  // Two fifths Latin: both.
  expect(passageScripts("They discussed Северный трубопровод.")).toEqual(new Set(["Cyrl", "Latn"]));
  expect(passageScripts("12:30 — 14:00")).toEqual(new Set());
  fc.assert(
    fc.property(words(LATIN), words(CYRILLIC), (latin, cyrillic) => {
      const [l, c] = [count(latin), count(cyrillic)];
      const expected = new Set<string>();
      if (l * 3 >= l + c || l > c) expected.add("Latn");
      if (c * 3 >= l + c || c >= l) expected.add("Cyrl");
      expect(passageScripts(`${latin} ${cyrillic}`)).toEqual(expected);
    }),
    { numRuns: 200 },
  );
});
