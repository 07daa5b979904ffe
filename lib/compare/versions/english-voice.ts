import type { Side } from "./pair-reading";
import type { VersionEdit } from "./types";
import { inWord, wordEnd } from "./word-scan";

/**
 * The English passive's markers as the role-swap pass reads them (role-swaps.ts): "by" and the forms of "be", in an
 * edit's text and on a side of a pair, and whether the edits made or unmade a passive ("Blinken thanked Aliyev" →
 * "Blinken was thanked by Aliyev").
 */

/** Furthest a passive's "by" stands from its "be": the participle with two adverbs or a second verb ("was warmly and personally thanked by"). */
const MAX_PASSIVE_SPAN = 5;

/** Whether `text` holds "by" (or "By") as a word of its own: the English passive's agent marker ("was thanked by"). */
export function holdsBy(text: string): boolean {
  for (let k = text.indexOf("y"); k > 0; k = text.indexOf("y", k + 1)) {
    if ((text[k - 1] === "b" || text[k - 1] === "B") && (k < 2 || !inWord(text, k - 2)) && (k + 1 >= text.length || !inWord(text, k + 1))) return true;
  }
  return false;
}

/** Forms of "be" that, with "by", make a passive (roles.ts reads "X was thanked by Y" as "Y thanked X"). */
const BE = new Set(["be", "is", "are", "was", "were", "been", "being"]);

/** Whether a word of `text` is a form of "be" (BE). */
function holdsBe(text: string): boolean {
  for (let k = 0; k < text.length; ) {
    if (!inWord(text, k)) {
      k++;
      continue;
    }
    const end = wordEnd(text, k);
    if (end - k <= 5 && BE.has(text.slice(k, end).toLowerCase())) return true;
    k = end;
  }
  return false;
}

/** Whether an edit inserts or drops a passive's marker: "by", or a form of "be", on one of its sides only. */
export function turnsVoice(edit: VersionEdit): boolean {
  return holdsBy(edit.before) !== holdsBy(edit.after) || holdsBe(edit.before) !== holdsBe(edit.after);
}

/**
 * Whether the edits may have turned an English sentence's voice: "by" on one side of an edit only, and a form of "be"
 * on one side of an edit only, whatever else the edits change ("Blinken thanked Aliyev" → "Blinken was thanked by
 * Aliyev": "was " and "by " inserted; "is thanked by" → "thanks").
 */
export function voiceMayTurn(edits: readonly VersionEdit[]): boolean {
  return edits.some((edit) => holdsBy(edit.before) !== holdsBy(edit.after)) && edits.some((edit) => holdsBe(edit.before) !== holdsBe(edit.after));
}

/**
 * Whether a side holds a passive the edits made or unmade: a form of "be" and, one to MAX_PASSIVE_SPAN words after it,
 * "by", one of the two in an edit ("was thanked by", "was personally thanked by", "was thanked and praised by").
 */
export function holdsTurnedPassive(side: Side): boolean {
  for (let t = 0; t < side.forms.length; t++) {
    if (!BE.has(side.forms[t])) continue;
    for (let u = t + 2; u < side.forms.length && u <= t + MAX_PASSIVE_SPAN; u++) if (side.forms[u] === "by" && (side.touched[t] === 1 || side.touched[u] === 1)) return true;
  }
  return false;
}
