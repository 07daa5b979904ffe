import type { Unit } from "./analyse";
import { isListMarker } from "./list-markers";

/** A heading is a short line: a headline, a label ("READOUT") or a dateline, not a paragraph that lost its full stop. */
const MAX_HEADING_WORDS = 16;
/** Punctuation that ends a sentence or a clause: a line ending in it is no heading. */
const CLOSING_PUNCTUATION = /[.!?…;,:。！？։]["'”’»)\]]*$/u;
/** A lead-in ends with a colon: "The following issues were discussed:" introduces what comes next. */
const LEAD_IN_END = /[:：]["'”’»)\]]*$/u;
const LEADING_MARKER = /^\S{1,16}(?=\s)/u;
/** A bullet or dash that opens a list item ("- the border", "• aid"); numbered markers are list-markers.ts's. */
const BULLET = /^[-–—•*·▪●>]$/u;

/**
 * Whether `text` (one unit, trimmed) introduces the unit after it (`gap`: the text between them): a lead-in ending
 * with a colon, or a heading — a line of at most MAX_HEADING_WORDS words without closing punctuation that a line
 * break ends — and not a list item. Pure.
 */
export function introducesNext(text: string, gap: string): boolean {
  if (LEAD_IN_END.test(text)) return true;
  if (!gap.includes("\n") || CLOSING_PUNCTUATION.test(text)) return false;
  const marker = LEADING_MARKER.exec(text)?.[0];
  if (marker !== undefined && (BULLET.test(marker) || isListMarker(marker))) return false;
  return text.split(/\s+/u).length <= MAX_HEADING_WORDS;
}

/**
 * A lead-in ("During the call the following issues were discussed:") or a heading ("READOUT", a headline, a dateline)
 * that no other statement matched joins the row of the unit after it in its statement, as the list or the text it
 * introduces: alone it would be called "not reported" by every statement that reports the same claims in prose
 * (tester 57 #5). Runs from the last unit to the first, so a heading above a headline joins them both to the text.
 * `groups` hold unit ids into `units` (including sentences rebuilt from clauses); returns new groups, every unit still
 * in exactly one. `texts`: each statement's text (UTF-16 offsets of the units).
 */
export function joinLeadIns(groups: readonly number[][], units: readonly Unit[], texts: readonly string[]): number[][] {
  const rows = groups.map((group) => [...group]);
  const rowOf = new Map<number, number>();
  rows.forEach((row, r) => row.forEach((unit) => rowOf.set(unit, r)));
  const byStatement = new Map<number, number[]>();
  for (const unit of rowOf.keys()) {
    const list = byStatement.get(units[unit].statement);
    if (list) list.push(unit);
    else byStatement.set(units[unit].statement, [unit]);
  }
  for (const [statement, list] of byStatement) {
    list.sort((x, y) => units[x].start - units[y].start);
    const text = texts[statement];
    for (let k = list.length - 2; k >= 0; k--) {
      const [unit, next] = [units[list[k]], units[list[k + 1]]];
      const r = rowOf.get(list[k])!;
      const target = rowOf.get(list[k + 1])!;
      if (r === target || rows[r].some((u) => units[u].statement !== statement)) continue;
      // A clause may end at a wrapped line without being a heading: only a whole sentence is one.
      const own = text.slice(unit.start, unit.end).trim();
      if (unit.kind === "sentence" ? !introducesNext(own, text.slice(unit.end, next.start)) : !LEAD_IN_END.test(own)) continue;
      for (const u of rows[r]) rowOf.set(u, target);
      rows[target].push(...rows[r]);
      rows[r] = [];
    }
  }
  return rows.filter((row) => row.length > 0);
}
