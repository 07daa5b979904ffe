import type { AlignedRow } from "@/lib/compare/types";

/**
 * The "other language" rule (lib/compare/exchanges.ts scopeRow) restated for tests by counting letters, without the
 * engine's script reading: a statement without a cell in a row is "other language" exactly when it writes none of the
 * row's scripts. A row's scripts: of each cell, the one most of its letters are in and any holding a third of them
 * (quotations included; lib/text/language.ts passageScripts). What a statement writes: the script most of its own
 * letters are in (outside « »), and any other a tenth of them are in, counting words that open in lower case only
 * (MIN_WRITTEN_SHARE); when its own letters are under a quarter of all (a relay,
 * MIN_OWN_SHARE), its own letters outside the frames given ("The ministry said:" before a quotation), or, if those
 * have none, its quoted ones. For untagged statements (a tag may overrule the letters) whose quotations are all in « »
 * and whose letters are Latin, Cyrillic or Armenian.
 */
const SCRIPTS: [string, RegExp][] = [
  ["Latn", /\p{Script=Latin}/gu],
  ["Cyrl", /\p{Script=Cyrillic}/gu],
  ["Armn", /\p{Script=Armenian}/gu],
];

const letters = (text: string) => (text.match(/\p{L}/gu) ?? []).length;
const countsOf = (text: string) => SCRIPTS.map(([code, pattern]) => [code, (text.match(pattern) ?? []).length] as const);

/** The scripts at least `share` of `text`'s letters are in (none without letters). */
function scriptsFrom(text: string, share: number): Set<string> {
  const total = letters(text);
  return new Set(countsOf(text).filter(([, count]) => count > 0 && count >= total * share).map(([code]) => code));
}

/** The scripts of a passage (a cell): a third of its letters or more (the most-used script always holds a third of three). */
export function passageScriptsOf(text: string): Set<string> {
  return scriptsFrom(text, 1 / 3);
}

/**
 * The scripts a text writes: the one most of its letters are in, and any other whose letters in words that open in lower
 * case are a tenth of all its letters or more (a name or an acronym in another script is borrowed: tester 77 F1).
 */
function writtenIn(text: string): Set<string> {
  const total = letters(text);
  const counts = countsOf(text);
  const most = counts.reduce((best, entry) => (entry[1] > best[1] ? entry : best), ["", 0] as readonly [string, number]);
  const lowerWords = (text.match(/\p{L}+/gu) ?? []).filter((word) => word[0] === word[0].toLowerCase()).join(" ");
  const lower = new Map(countsOf(lowerWords));
  return new Set(counts.filter(([code, count]) => count > 0 && (code === most[0] || (lower.get(code) ?? 0) >= total / 10)).map(([code]) => code));
}

/** What a statement writes; `frames`: the phrases it puts right before its quotations. */
export function writtenBy(text: string, frames: readonly string[] = []): Set<string> {
  const own = text.replace(/«[^»]*»/gu, " ");
  if (letters(own) > 0 && letters(own) * 4 >= letters(text)) return writtenIn(own);
  let unframed = own;
  for (const frame of frames) unframed = unframed.split(frame).join(" ");
  if (letters(unframed) > 0) return writtenIn(unframed);
  return writtenIn((text.match(/«[^»]*»/gu) ?? []).join(" "));
}

/** The scripts of a row: of each cell's and restatement's text. */
export function rowScripts(row: Pick<AlignedRow, "cells" | "restatements">): Set<string> {
  const scripts = new Set<string>();
  for (const cell of [...row.cells, ...(row.restatements ?? [])]) for (const script of passageScriptsOf(cell.text)) scripts.add(script);
  return scripts;
}

/** Whether a statement that writes `written` is "other language" for a row written in `scripts`. */
export function otherLanguage(written: ReadonlySet<string>, scripts: ReadonlySet<string>): boolean {
  return scripts.size > 0 && ![...written].some((script) => scripts.has(script));
}
