import { NO_CASE, letterCaseAt } from "./capitals";
import { foldCase } from "./normalise";
import { isJsWhiteSpace } from "../text/whitespace";

/**
 * The words of a line as the segmentation rules that read a line's start by its letter case see them: a headline glued
 * to its sentence (glued-headlines.ts) and a web page's furniture pasted on one line (page-furniture.ts). A word is a
 * run of non-white-space; its core is the word without the punctuation (anything but a letter or a digit) around it.
 */

/** One white-space separated word; UTF-16 offsets into the text read. */
export interface LineWord {
  /** The word as written, punctuation included. */
  start: number;
  end: number;
  /** Its core: the word without the punctuation around it (coreStart === coreEnd when it holds no letter or digit). */
  coreStart: number;
  coreEnd: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the UTF-16 unit text[i] is a letter or a digit (ASCII read directly: most text is; else `\p{L}` or `\p{N}`). */
export function isLetterOrDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
  return LETTER_OR_DIGIT.test(text[i]);
}

/**
 * The words of text[start, end), read as they are asked for (most rules stop after a line's first few words), with
 * each word's letter case (capitals.ts letterCaseAt) and fold (normalise.ts foldCase) worked out once, when first asked.
 * Pure apart from its own cache; throws nothing.
 */
export class LineWords {
  private readonly list: LineWord[] = [];
  private readonly cases: number[] = [];
  private readonly folds: string[] = [];
  private at: number;

  constructor(
    readonly text: string,
    start: number,
    readonly end: number,
  ) {
    this.at = start;
  }

  /** Word k (from 0), or null when the range holds fewer words. */
  get(k: number): LineWord | null {
    const { text, end, list } = this;
    while (list.length <= k) {
      let i = this.at;
      while (i < end && isJsWhiteSpace(text.charCodeAt(i))) i++;
      if (i >= end) return null;
      const start = i;
      while (i < end && !isJsWhiteSpace(text.charCodeAt(i))) i++;
      this.at = i;
      let coreStart = start;
      let coreEnd = i;
      while (coreStart < coreEnd && !isLetterOrDigitAt(text, coreStart)) coreStart++;
      while (coreEnd > coreStart && !isLetterOrDigitAt(text, coreEnd - 1)) coreEnd--;
      list.push({ start, end: i, coreStart, coreEnd });
    }
    return list[k];
  }

  /** Index of the first word that starts at or after offset `at`, from word `from` on (the word count when none does). */
  indexAt(at: number, from: number): number {
    let k = from;
    for (let word = this.get(k); word !== null && word.start < at; word = this.get(++k));
    return k;
  }

  /** Word k's core in lower case (foldCase); word k must have been read (get). */
  folded(k: number): string {
    let folded = this.folds[k];
    if (folded === undefined) {
      const word = this.list[k];
      folded = this.folds[k] = foldCase(this.text.slice(word.coreStart, word.coreEnd));
    }
    return folded;
  }

  /** Word k's letter case (capitals.ts: NO_CASE for a core without letters); word k must have been read (get). */
  letterCase(k: number): number {
    let letterCase = this.cases[k];
    if (letterCase === undefined) {
      const word = this.list[k];
      letterCase = this.cases[k] = word.coreStart < word.coreEnd ? letterCaseAt(this.text, word.coreStart, word.coreEnd) : NO_CASE;
    }
    return letterCase;
  }

  /** Whether `punctuation` (a pattern without the g or y flag) matches in what follows word k's core inside the word. */
  followedBy(k: number, punctuation: RegExp): boolean {
    const word = this.list[k];
    return word.coreEnd < word.end && punctuation.test(this.text.slice(word.coreEnd, word.end));
  }
}
