import { searchWords } from "../text/highlight";

/**
 * PostgreSQL's side of the full-text index (lib/data/search-index.ts): what lib/data writes into a `search_index` row
 * and how a reader's query is put to it. The texts are already folded (lib/text/fold.ts foldForMatching) and cut into
 * words by the same rule as the highlight (lib/text/highlight.ts searchWords), so PostgreSQL's parser and dictionaries
 * never see them: lexemes are the words as they are, and "O’Brien", "nagorno–karabakh", "Bakı", "Ереване" match
 * exactly as on SQLite.
 *
 * tsvector limits (PostgreSQL 15 manual, §12.11 "Limitations"): a lexeme under 2048 bytes, positions 1–16383,
 * at most 256 positions per lexeme, a whole vector under 1 MB. Positions are used only for ranking (ts_rank), never
 * for matching: the phrase is checked on the words columns, which have no limit.
 */

/** Longest lexeme kept, in UTF-8 bytes (PostgreSQL: under 2048). Longer words are found through `overflow`. */
export const MAX_LEXEME_BYTES = 2046;
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 256;
/** The tsvector literal's budget in characters; a longer document is marked `overflow` (checked by strpos only). */
export const MAX_DOCUMENT_CHARS = 512 * 1024;

/** A folded text's words between single spaces, with a space at each end: " envoy o brien spoke ". */
export function wordsColumn(folded: string): string {
  const words = searchWords(folded).map((w) => w.word);
  return words.length ? ` ${words.join(" ")} ` : " ";
}

function lexemeFits(word: string): boolean {
  return Buffer.byteLength(word, "utf8") <= MAX_LEXEME_BYTES;
}

/** A word as a tsvector/tsquery lexeme literal (words hold letters, digits and marks only; quoted regardless). */
function quoted(word: string): string {
  return `'${word.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
}

/**
 * The `document` column as a tsvector literal: the title's words with weight A, then the body's (weight D), numbered
 * on from the title. `overflow` is true when some word could not be stored (too long, or the literal past
 * MAX_DOCUMENT_CHARS): such a row is then always checked by the phrase test instead of the index.
 */
export function postgresDocument(foldedTitle: string, foldedBody: string): { literal: string; overflow: boolean } {
  const positions = new Map<string, string[]>();
  let position = 0;
  let overflow = false;
  const add = (folded: string, weight: "A" | "") => {
    for (const { word } of searchWords(folded)) {
      position = Math.min(position + 1, MAX_POSITION);
      if (!lexemeFits(word)) {
        overflow = true;
        continue;
      }
      let list = positions.get(word);
      if (!list) positions.set(word, (list = []));
      if (list.length < MAX_POSITIONS_PER_LEXEME && list[list.length - 1] !== `${position}${weight}`) list.push(`${position}${weight}`);
    }
  };
  add(foldedTitle, "A");
  add(foldedBody, "");
  const parts: string[] = [];
  let size = 0;
  for (const [word, list] of positions) {
    const part = `${quoted(word)}:${list.join(",")}`;
    if (size + part.length + 1 > MAX_DOCUMENT_CHARS) {
      overflow = true;
      break;
    }
    parts.push(part);
    size += part.length + 1;
  }
  return { literal: parts.join(" "), overflow };
}

/**
 * A reader's folded query words → `tsquery`: every word that fits a lexeme, AND-ed, the last as a prefix (`:*`),
 * empty when none fits; `phrase`: the words as they stand in a words column (" w1 w2 w3", the last a prefix).
 */
export function postgresQuery(words: readonly string[]): { tsquery: string; phrase: string } {
  const last = words.length - 1;
  const terms = words.flatMap((word, i) => (lexemeFits(word) ? [`${quoted(word)}${i === last ? ":*" : ""}`] : []));
  return { tsquery: terms.join(" & "), phrase: ` ${words.join(" ")}` };
}
