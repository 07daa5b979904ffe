import { foldForMatching } from "../../text/fold";
import { sameValueWrittenAnotherWay } from "./same-value";
import type { VersionEdit } from "./types";

/**
 * An amount of money written another way within one sentence pair (tester T3 #17): a currency's sign for its code or
 * its name, before or after the amount ("$3 million" → "3 million dollars", "USD 3 million", "€5 billion" → "5
 * billion euros", "3 млн долларов" → "$3 млн"). The word diff sees a sign dropped and a word added, two "unit" facts,
 * though the amount is the same.
 *
 * Each currency is read as its ISO 4217 code: the sign, the code and the currency's name in English, Russian (every
 * case form readouts use) and Armenian. "$", "dollar(s)" and "US dollar(s)" are read as USD, the dollar of the
 * readouts Readout compares (U.S., Armenian, Azerbaijani, Russian sources); a dollar named as another country's (CAD,
 * "Canadian dollars") keeps its own code, so it stays a fact. "¥" (yen or yuan) and "kr" are not read.
 */
const CURRENCIES: [code: string, forms: string][] = [
  ["USD", "$ US$ USD dollar dollars доллар доллара долларов долларам долларами долларах դոլար դոլարով դոլարի"],
  ["EUR", "€ EUR euro euros евро եվրո եվրոյի"],
  ["GBP", "£ GBP pound pounds sterling фунт фунта фунтов"],
  ["RUB", "₽ RUB rouble roubles ruble rubles рубль рубля рублей рублям руб ռուբլի"],
  ["AMD", "֏ AMD dram drams драм драма драмов դրամ դրամի"],
  ["AZN", "₼ AZN manat manats манат маната манатов մանաթ"],
];

/** Words that name the United States before a dollar ("US dollars", "долларов США" after, "ԱՄՆ դոլար" before). */
const US = "(?:U\\.?S\\.?|United States|США|ԱՄՆ)";

const CODE_OF = new Map<string, string>();
for (const [code, forms] of CURRENCIES) for (const form of forms.split(" ")) CODE_OF.set(form.toLowerCase(), code);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const CURRENCY = `(?:${[...CODE_OF.keys()].sort((x, y) => y.length - x.length).map(escape).join("|")})`;
/** An amount: digits with their grouping and decimal marks, and a scale word or abbreviation after them. */
const AMOUNT = String.raw`\d[\d.,\u00a0\u202f\u2009]*(?:\s?(?:thousand|million|billion|trillion|bn|mn|mln|m|k|тыс\.?|млн|млрд|трлн|հազ\.?|մլն|մլրդ|հազար|միլիոն|միլիարդ)(?![\p{L}]))?`;
/** A currency before its amount ("$3 million", "USD 3 million", "US$ 3 million", "ԱՄՆ դոլար 3"), or after it ("3 million US dollars", "3 млн долларов США"). */
const BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${US}\s?)?(${CURRENCY})\s?(${AMOUNT})`, "giu");
const AFTER = new RegExp(String.raw`(${AMOUNT})\s?(?:${US}\s)?(${CURRENCY})(?:\s${US})?(?![\p{L}\p{N}])`, "giu");

const HOLDS_CURRENCY = new RegExp(String.raw`(?<![\p{L}\p{N}])${CURRENCY}(?![\p{L}])`, "iu");
const ONLY_US = new RegExp(String.raw`^\s*(?:${US})?\s*$`, "u");

/**
 * The piece with each amount of money written as "amount CODE" (the currency after its amount, as its ISO code),
 * white space folded. UTF-16 offsets are not kept: the result is compared, never shown. Pure.
 */
export function moneyWrittenOneWay(piece: string): string {
  const codeOf = (currency: string) => CODE_OF.get(currency.toLowerCase()) ?? currency;
  return piece
    .replace(BEFORE, (_, currency: string, amount: string) => `${amount} ⟦${codeOf(currency)}⟧`)
    .replace(AFTER, (whole: string, amount: string, currency: string) => (whole.includes("⟦") ? whole : `${amount} ⟦${codeOf(currency)}⟧`))
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * When every edit of a sentence pair that is not typographic or notation is a "unit" or "number" fact (or "US" added
 * or dropped before a dollar), at least one with a currency in it, and the pair's two texts are the same once each amount of money is written one way (moneyWrittenOneWay;
 * then equal under the matching fold, or the same values written another way: same-value.ts, "$3 million" /
 * "3,000,000 dollars"), those edits are the same amount written another way: wording, "notation". `edits` are the
 * pair's edits (changed in place); `pieceA`/`pieceB` the pair's two texts; `language` BCP 47. Throws nothing.
 */
export function reclassifyMoneyWrittenAnotherWay(edits: VersionEdit[], pieceA: string, pieceB: string, language: string): void {
  // "US" added before "$" is a "place" edit of its own ("$3" → "US$3").
  const facts = edits.filter((edit) => edit.class === "fact" && (edit.reason === "unit" || edit.reason === "number" || (edit.reason === "place" && ONLY_US.test(edit.before) && ONLY_US.test(edit.after))));
  if (!facts.some((edit) => HOLDS_CURRENCY.test(edit.before) || HOLDS_CURRENCY.test(edit.after) || edit.reason === "place")) return;
  const settled = edits.filter((edit) => edit.class === "typographic" || (edit.class === "wording" && edit.reason === "notation")).length;
  if (facts.length + settled !== edits.length) return;
  const [oneWayA, oneWayB] = [moneyWrittenOneWay(pieceA), moneyWrittenOneWay(pieceB)];
  if (!oneWayA.includes("⟦") || !oneWayB.includes("⟦")) return;
  if (foldForMatching(oneWayA) !== foldForMatching(oneWayB) && !sameValueWrittenAnotherWay(oneWayA, oneWayB, language)) return;
  for (const edit of facts) {
    edit.class = "wording";
    edit.reason = "notation";
  }
}
