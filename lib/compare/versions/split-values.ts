import { holdsDigit } from "../../text/numbers";
import type { TextRange } from "../segment";
import { dayAfterMonth, sameValueWrittenAnotherWay, valueSpans } from "./same-value";
import type { VersionEdit } from "./types";
import { countsSomethingAt } from "./units";

/** Whether two ranges share a UTF-16 unit (an empty range shares none). */
const overlaps = (x: TextRange, y: TextRange) => x.start < y.end && y.start < x.end;

/** How far (UTF-16 units) before and after the edits with digits values are looked for: longer than any time or quantity. */
const VALUE_REACH = 48;
/** How far (UTF-16 units) before a value a month's name is looked for (same-value.ts dayAfterMonth). */
const MONTH_REACH = 16;

const union = (x: TextRange, y: TextRange): TextRange => ({ start: Math.min(x.start, y.start), end: Math.max(x.end, y.end) });

/** `range` grown by every value span it overlaps, until none is left half inside. */
function widen(range: TextRange, spans: readonly TextRange[]): TextRange {
  let widened = range;
  for (let grew = true; grew; ) {
    grew = false;
    for (const span of spans) {
      if (!overlaps(span, widened) || (span.start >= widened.start && span.end <= widened.end)) continue;
      widened = union(widened, span);
      grew = true;
    }
  }
  return widened;
}

/**
 * A value the word diff cut into pieces: where the number itself matched (it has one value under the matching fold),
 * the words around it are shown as edits of their own, and no edit alone holds the value. "12 p.m." → "12.00" was
 * "12" → "12.00" (unclassified) and "p.m." dropped (a "date" fact); "6 p.m." → "6.00 p.m." was "6" → "6.00"
 * (unclassified). Each edit with a digit is widened, on both sides, to the whole values it overlaps (same-value.ts
 * valueSpans: times of day, quantities with their scale words, ordinals), together with the pair's other edits that
 * overlap those values; when the two widened texts are the same value written another way (same-value.ts
 * sameValueWrittenAnotherWay, the rule classifyEdit uses for an edit that holds the whole value), the group's edits
 * are wording, "notation". A group whose texts say another value, or take in a word that is no part of a value, is
 * left as classified ("6 p.m." → "7.00 p.m." stays a fact). `edits` are one sentence pair's edits (changed in place);
 * `a` and `b` the two whole texts, which the edits' ranges index (UTF-16 offsets); `rangeA`/`rangeB` the pair's
 * sentences in them. Throws nothing.
 */
export function reclassifySplitValues(edits: VersionEdit[], a: string, rangeA: TextRange, b: string, rangeB: TextRange, language: string): void {
  const withDigits = edits.filter((edit) => holdsDigit(edit.before) || holdsDigit(edit.after));
  if (!withDigits.length) return;
  // Values are read only near the edits with digits (a value is a few words long): the expressions are slow to run
  // over every sentence of a long text.
  const spansIn = (text: string, range: TextRange, side: "a" | "b") => {
    const start = Math.max(range.start, withDigits[0][side].start - VALUE_REACH);
    const end = Math.min(range.end, withDigits[withDigits.length - 1][side].end + VALUE_REACH);
    return valueSpans(text.slice(start, end)).map((span) => ({ start: start + span.start, end: start + span.end }));
  };
  const spansA = spansIn(a, rangeA, "a");
  const spansB = spansIn(b, rangeB, "b");
  const grouped = new Uint8Array(edits.length);
  for (let k = 0; k < edits.length; k++) {
    if (grouped[k] || !(holdsDigit(edits[k].before) || holdsDigit(edits[k].after))) continue;
    const members = [k];
    let spanA = widen(edits[k].a, spansA);
    let spanB = widen(edits[k].b, spansB);
    // An edit joins when what it changes lies inside the value on either side (an insertion right after a value does not).
    for (let grew = true; grew; ) {
      grew = false;
      for (let m = 0; m < edits.length; m++) {
        if (members.includes(m) || !(overlaps(edits[m].a, spanA) || overlaps(edits[m].b, spanB))) continue;
        members.push(m);
        spanA = widen(union(spanA, edits[m].a), spansA);
        spanB = widen(union(spanB, edits[m].b), spansB);
        grew = true;
      }
    }
    for (const m of members) grouped[m] = 1;
    // One edit that holds its whole values and that classifyEdit called a number or date fact had them judged whole
    // already (its value rule asks sameValueWrittenAnotherWay first): most edits with digits, asked nothing twice.
    const edit = edits[k];
    const whole = members.length === 1 && spanA.start === edit.a.start && spanA.end === edit.a.end && spanB.start === edit.b.start && spanB.end === edit.b.end;
    if (whole && edit.class === "fact" && (edit.reason === "number" || edit.reason === "date")) continue;
    const changing = members.filter((m) => edits[m].class !== "typographic" && !(edits[m].class === "wording" && edits[m].reason === "notation"));
    const timeOfDay = !(countsSomethingAt(a, spanA.end, language) || countsSomethingAt(b, spanB.end, language));
    const [textA, textB] = [a.slice(spanA.start, spanA.end), b.slice(spanB.start, spanB.end)];
    const afterMonth = dayAfterMonth(a.slice(Math.max(0, spanA.start - MONTH_REACH), spanA.start), textA, textB) || dayAfterMonth(b.slice(Math.max(0, spanB.start - MONTH_REACH), spanB.start), textA, textB);
    if (!changing.length || !sameValueWrittenAnotherWay(textA, textB, language, timeOfDay, afterMonth)) continue;
    for (const m of changing) {
      edits[m].class = "wording";
      edits[m].reason = "notation";
    }
  }
}
