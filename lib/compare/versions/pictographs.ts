/**
 * Emoji, flags and other pictographs in an edit (session 17, tester H4 #8). The word tokenizer reads none of them, so an
 * edit that swapped one had no word changed and was "punctuation" ("👍" → "👎", "🇦🇲 and 🇦🇿" the other way round). A
 * pictograph says something: a flag names a country or region (Unicode Technical Standard #51, Unicode Emoji, § 1.4.5:
 * a pair of regional indicator letters, ISO 3166-1, or a tag sequence for a subdivision), a sign says yes or no, up or
 * down. Pictographs are the characters of the Extended_Pictographic property (UTS #51, annex A), the arrows
 * (U+2190–U+21FF) and the check and ballot marks (☐ ☑ ☒, ✓ ✔ ✕ ✖ ✗ ✘), which are no emoji but mean as much.
 * Their presentation is no change of what they say (UTS #51 § 2.4 and § 4): the text and emoji variation selectors
 * (U+FE0E, U+FE0F) and the skin-tone modifiers (U+1F3FB–U+1F3FF), which change how a person's emoji is drawn.
 */
const FLAG = /\p{Regional_Indicator}{2}|\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;
const PRESENTATION = /[\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}]/gu;
/** One pictograph with the ones a zero-width joiner binds to it (a family, a profession: one emoji). */
const PICTOGRAPH = /(?:\p{Extended_Pictographic}|[\u2190-\u21FF\u2610-\u2612\u2713-\u2718])(?:\u200D(?:\p{Extended_Pictographic}|[\u2640\u2642]))*/gu;
/** The first code unit of any pictograph, flag or presentation character: text below it holds none (most text is). */
const LOWEST = 0x00a9;
const ANY = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u2190-\u21FF\u2610-\u2612\u2713-\u2718\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}]/u;

/** Whether `text` may hold a pictograph, a flag or a presentation character: a code unit at or above © and a match. */
function mayHold(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) >= LOWEST) return ANY.test(text);
  return false;
}

/** The flags of a text, in order, as written (regional indicator pairs, tag sequences). */
const flagsOf = (text: string): string => (text.match(FLAG) ?? []).join(" ");
/** The other pictographs of a text, in order, without their presentation. */
const pictographsOf = (text: string): string => (text.replace(FLAG, " ").replace(PRESENTATION, "").match(PICTOGRAPH) ?? []).join(" ");
/** `text` without variation selectors and skin-tone modifiers. */
export const withoutPresentation = (text: string): string => text.replace(PRESENTATION, "");

/**
 * What an edit `before` → `after` does to its pictographs: "flag" when the flags, in order, differ (one added, dropped,
 * swapped or moved); "pictograph" when another pictograph differs ("👍" → "👎", "✓" → "✗", "→" → "←"; a joined
 * sequence is one); "presentation" when only variation selectors or skin tones differ ("👍" → "👍🏽"); null when the
 * edit changes none (most edits: text below U+00A9 is not searched). Pure; throws nothing.
 */
export function pictographChange(before: string, after: string): "flag" | "pictograph" | "presentation" | null {
  if (!mayHold(before) && !mayHold(after)) return null;
  if (flagsOf(before) !== flagsOf(after)) return "flag";
  if (pictographsOf(before) !== pictographsOf(after)) return "pictograph";
  const presentation = (text: string) => (text.match(PRESENTATION) ?? []).join("");
  return presentation(before) !== presentation(after) ? "presentation" : null;
}
