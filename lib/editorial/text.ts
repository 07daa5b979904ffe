import { convert } from "html-to-text";

/** Limits of the editorial workflow. */
export const MAX_STATEMENT_BYTES = 1_000_000; // 1 MB of UTF-8 text per statement
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024; // 5 MB per uploaded file
export const UPLOAD_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".json"] as const;

export type TextResult = { ok: true; text: string } | { ok: false; error: string };

/** C0 control characters other than tab, newline and carriage return, plus DEL: never part of a readout. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MB` : `${bytes} bytes`;
}

/** Checks a single-line or multi-line text field for characters that only binary data would have. */
export function controlCharacterProblem(text: string): string | null {
  if (text.includes("\u0000")) return "contains NUL bytes (is it a binary file?)";
  if (CONTROL_CHARS.test(text)) return "contains control characters that do not belong in text";
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) {
    return "contains broken Unicode (a lone surrogate)";
  }
  return null;
}

/**
 * A statement's text as it will be stored: line endings normalised to \n (CRLF, CR, and U+0085 NEXT LINE, which
 * Unicode's sentence breaker ends a line at but JavaScript's \s and the engine's tokenizer do not read as white space:
 * lib/text/line-breaks.ts), a leading BOM dropped, trailing whitespace trimmed. Two control characters that word
 * processors and PDF tools write between lines are read as what they mean there, not refused: a vertical tab (U+000B,
 * Word's manual line break in its text and older exports) is a line break, and a form feed (U+000C, a page break in
 * pdftotext's and Word's plain-text output) ends a paragraph (UAX #14 reads both as mandatory breaks; JavaScript's \s
 * would have made them spaces inside one line: session 16, tester T1 #11). Refuses empty text, other control
 * characters and anything over 1 MB.
 */
export function cleanStatementText(raw: string): TextResult {
  const text = raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?|\u0085|\u000B/g, "\n")
    .replace(/\n*[ \t]*\u000C[\s\u000C]*/g, "\n\n")
    .replace(/[ \t]+$/gm, "")
    .trim();
  if (!text) return { ok: false, error: "The text is empty." };
  const problem = controlCharacterProblem(text);
  if (problem) return { ok: false, error: `The text ${problem}.` };
  const bytes = utf8Bytes(text);
  if (bytes > MAX_STATEMENT_BYTES) {
    return { ok: false, error: `The text is ${formatBytes(bytes)}; a statement may be at most 1 MB (1,000,000 bytes).` };
  }
  return { ok: true, text };
}

// Block formats for html-to-text: a paragraph is text between blank lines.
const PARAGRAPH = { leadingLineBreaks: 2, trailingLineBreaks: 2 };
const BLOCK = { leadingLineBreaks: 1, trailingLineBreaks: 1 };
// A line break inside a sentence: a letter, digit or comma before it, a lower-case letter after it. CMSs put
// <br> and hard wraps there; the sentence is one line again.
const BROKEN_SENTENCE = /(?<=[\p{L}\p{N},;])[ \t]*\n[ \t]*(?=\p{Ll})/gu;

/**
 * HTML to clean text with html-to-text: scripts, styles, images and event handlers are dropped (only text nodes
 * survive), paragraphs and headings become blank-line-separated paragraphs, links keep their words only.
 * Nothing is wrapped at a line length (wordwrap off, and tables are not laid out as text grids, which wrap
 * each cell at 60 characters): every table cell and list item is a paragraph of its own (layout tables hold
 * the article in a cell), without list or quote markers; a <br> is a line break, or a space where it falls inside a
 * sentence; no-break spaces become plain spaces, and runs of spaces one.
 */
export function htmlToCleanText(html: string): string {
  return convert(html, {
    wordwrap: false,
    preserveNewlines: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "noscript", format: "skip" },
      { selector: "iframe", format: "skip" },
      { selector: "object", format: "skip" },
      { selector: "svg", format: "skip" },
      { selector: "template", format: "skip" },
      { selector: "head", format: "skip" },
      ...(["h1", "h2", "h3", "h4", "h5", "h6"] as const).map((selector) => ({
        selector,
        options: { uppercase: false },
      })),
      { selector: "table", format: "block", options: BLOCK },
      ...(["thead", "tbody", "tfoot", "tr"] as const).map((selector) => ({ selector, format: "block", options: BLOCK })),
      ...(["td", "th", "caption", "li", "dt", "dd", "blockquote"] as const).map((selector) => ({ selector, format: "block", options: PARAGRAPH })),
      ...(["ul", "ol", "dl"] as const).map((selector) => ({ selector, format: "block", options: PARAGRAPH })),
    ],
  })
    .replace(/\u00a0/g, " ")
    .replace(/[ \t]{2,}/g, " ")
    .replace(/^[ \t]+|[ \t]+$/gm, "")
    .replace(BROKEN_SENTENCE, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot).toLowerCase();
}

/**
 * Decodes an uploaded file: at most 5 MB, not empty, no NUL bytes (binary), valid UTF-8 (a BOM is allowed).
 * Returns the decoded text unchanged (HTML is not converted here).
 */
export function decodeUpload(bytes: Uint8Array, fileName: string): TextResult {
  const extension = extensionOf(fileName);
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(extension)) {
    return { ok: false, error: `“${fileName}” is not a .txt, .md, .html or .json file.` };
  }
  if (bytes.length === 0) return { ok: false, error: `“${fileName}” is empty.` };
  if (bytes.length > MAX_UPLOAD_BYTES) {
    return { ok: false, error: `“${fileName}” is ${formatBytes(bytes.length)}; an upload may be at most 5 MB.` };
  }
  if (bytes.includes(0)) return { ok: false, error: `“${fileName}” contains NUL bytes: it looks like a binary file, not text.` };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: `“${fileName}” is not valid UTF-8 text. Save it as UTF-8 and try again.` };
  }
  return { ok: true, text: text.replace(/^\uFEFF/, "") };
}

/** An uploaded .txt/.md/.html file's statement text, cleaned and checked against the statement limits. */
export function statementTextFromUpload(bytes: Uint8Array, fileName: string): TextResult {
  const decoded = decodeUpload(bytes, fileName);
  if (!decoded.ok) return decoded;
  const extension = extensionOf(fileName);
  if (extension === ".json") return { ok: false, error: `“${fileName}” is a JSON file: import it as a bundle instead.` };
  const text = extension === ".html" || extension === ".htm" ? htmlToCleanText(decoded.text) : decoded.text;
  const cleaned = cleanStatementText(text);
  return cleaned.ok ? cleaned : { ok: false, error: `“${fileName}”: ${cleaned.error}` };
}
