import { isLineBreak } from "../text/line-breaks";
import { terminalBefore } from "../text/sentence-marks";
import { isJsWhiteSpace } from "../text/whitespace";
import { endsWithMijaket } from "./armenian-stops";
import { opensLowerCaseWord } from "./hard-wraps";
import { foldCase } from "./normalise";

/**
 * Unmarked lists: a lead-in line, then items one to a line in lower case with no marker, as a readout's list of topics
 * reads when its bullets were lost in a paste (a web page's list copied as plain text keeps its lines, not its
 * bullets):
 *
 *     The two sides discussed:
 *     the peace treaty
 *     the delimitation of the border
 *     humanitarian issues
 *
 * Each line is a fragment of its own, as each item of the same list with markers is (list-markers.ts), so the
 * segmenter keeps them apart rather than reading them as one sentence wrapped over four lines (hard-wraps.ts): the
 * readout with its bullets and the one without then give the same rows and verdicts (test: unmarked-lists.test.ts).
 *
 * A list here is a line that ends in a lead-in's colon (":" or "：") or the Armenian mijaket ("." after an Armenian
 * word where the text writes Armenian full stops, armenian-stops.ts), then two lines or more, each after exactly one line break, each opening with a lower-case word
 * (hard-wraps.ts opensLowerCaseWord), the run ending after a line that ends in a sentence's mark or before one that
 * does not open so. A sentence wrapped after a colon is told from it by a line that ends in a function word (the
 * language's stop words, stopwords.ts: "…the peace treaty that\nboth sides…"): an item never ends in one, so the run
 * is a wrapped sentence. A sentence wrapped right after a colon and again after a content word on the next line ("…
 * said:\nthe talks will go on\nnext week.") reads as a list: the limit of a rule that sees no grammar; one break after
 * the colon alone (a single lower-case line) is a wrap.
 */

const LEAD_IN_COLONS = new Set([0x3a, 0xff1a]);
/** Punctuation that may end an item (",", ";") or close a quotation or bracket after its last word. */
const ITEM_PUNCTUATION = /[,;”"»’')\]]/u;
/** Closing quotes and brackets after a line's last mark. */
const CLOSING = /[”"»’')\]]/u;
const LETTER = /[\p{L}\p{M}'’-]/u;

/** One line's text (UTF-16 offsets, white space trimmed; start === end for a blank line). */
interface Line {
  start: number;
  end: number;
}

export class UnmarkedLists {
  /** The starts of the lines that open an item (see the file comment); found on the first question. */
  private starts: Set<number> | null = null;

  /**
   * `text`: the text as the segmenter reads it (UTF-16 offsets are the caller's); `stopWords`: its language's stop
   * words, folded (stopwords.ts stopWordsFor); `armenianStops()`: whether it ends sentences the Armenian way
   * (armenian-stops.ts writesArmenianFullStops), asked only at a line that ends in an Armenian word's dot.
   */
  constructor(
    private readonly text: string,
    private readonly stopWords: ReadonlySet<string>,
    private readonly armenianStops: () => boolean,
  ) {}

  /** Whether the line whose text starts at `next` (a UTF-16 offset) opens an item of an unmarked list. */
  opensItem(next: number): boolean {
    this.starts ??= this.findItems();
    return this.starts.has(next);
  }

  /** One pass over the text's lines: each run of items after a lead-in, kept when it holds two items or more and no line ending in a function word. */
  private findItems(): Set<number> {
    const { text } = this;
    const starts = new Set<number>();
    let items: number[] = [];
    let prose = false;
    // In a list: after a lead-in, or after an item that ended in no sentence's mark.
    let open = false;
    const close = () => {
      if (items.length >= 2 && !prose) for (const start of items) starts.add(start);
      items = [];
      prose = false;
      open = false;
    };
    let previous: Line | null = null;
    for (let at = 0; at < text.length; ) {
      const line = this.lineAt(at);
      at = this.nextLineAfter(line.end);
      if (line.start === line.end) continue;
      const follows = previous !== null && previous.end < line.start && this.singleBreak(previous.end, line.start);
      if (open && follows && opensLowerCaseWord(text, line.start)) {
        items.push(line.start);
        if (this.endsInFunctionWord(line)) prose = true;
        if (terminalBefore(text, this.markEnd(line))) close();
      } else {
        close();
        if (this.leadIn(line)) open = true;
      }
      previous = line;
    }
    close();
    return starts;
  }

  /** The line from `at` to its line break (or the text's end), its text trimmed. */
  private lineAt(at: number): Line {
    const { text } = this;
    let end = at;
    while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
    let start = at;
    while (start < end && isJsWhiteSpace(text.charCodeAt(start))) start++;
    while (end > start && isJsWhiteSpace(text.charCodeAt(end - 1))) end--;
    return { start, end };
  }

  /** Where the next line starts after a line's text ending at `end`: past its white space and its one line break (CRLF once). */
  private nextLineAfter(end: number): number {
    const { text } = this;
    let next = end;
    while (next < text.length && !isLineBreak(text.charCodeAt(next))) next++;
    if (text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) === 10) next++;
    return next + 1;
  }

  /** Whether text[from, to) holds exactly one line break (CRLF once). */
  private singleBreak(from: number, to: number): boolean {
    const { text } = this;
    let breaks = 0;
    for (let k = from; k < to; k++) if (isLineBreak(text.charCodeAt(k)) && !(text.charCodeAt(k) === 10 && text.charCodeAt(k - 1) === 13)) breaks++;
    return breaks === 1;
  }

  /** Where a line's last mark or word ends, before the closing quotes and brackets after it. */
  private markEnd(line: Line): number {
    let end = line.end;
    while (end > line.start && CLOSING.test(this.text[end - 1])) end--;
    return end;
  }

  /**
   * Whether a line ends in a lead-in's colon or the Armenian mijaket. A ":" that Armenian types for "։" counts too: the
   * lines after it open in lower case, as no Armenian sentence does, so its writer typed it as a colon.
   */
  private leadIn(line: Line): boolean {
    const { text } = this;
    return LEAD_IN_COLONS.has(text.charCodeAt(line.end - 1)) || (endsWithMijaket(text, line.end) && this.armenianStops());
  }

  /** Whether a line's last word, after any item punctuation, is a stop word ("…that", "…и"): the line stops mid-phrase. */
  private endsInFunctionWord(line: Line): boolean {
    const { text } = this;
    let end = line.end;
    if (ITEM_PUNCTUATION.test(text[end - 1] ?? "")) return false;
    let start = end;
    while (start > line.start && LETTER.test(text[start - 1])) start--;
    if (start === end) return false;
    end = Math.min(end, start + 40);
    return this.stopWords.has(foldCase(text.slice(start, end)).replace(/’/gu, "'"));
  }
}
