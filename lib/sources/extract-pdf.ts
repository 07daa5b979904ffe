import { bodyFromText, ExtractionError, firstLine, isoDayOf, languageTagOf, type ExtractedSource } from "./extracted";

interface Line {
  text: string;
  /** Baseline, PDF user space (grows upwards). */
  y: number;
  /** Font size of the line's largest item. */
  size: number;
}

interface PositionedText {
  str: string;
  transform: number[];
  height: number;
  hasEOL: boolean;
}

/**
 * A line whose baseline lies further below the previous one than this many font sizes starts a new paragraph.
 * Single-spaced lines sit ~1.15–1.3 sizes apart and paragraphs with a blank line or margin ~2 and more (measured on
 * Chromium's print-to-pdf of <p> elements and on word-processor exports).
 */
const PARAGRAPH_GAP = 1.6;

function linesOf(items: PositionedText[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const y = item.transform[5];
    if (current && item.str && Math.abs(current.y - y) > Math.max(current.size, item.height) * 0.5) {
      lines.push(current);
      current = null;
    }
    if (!current) current = { text: "", y, size: 0 };
    current.text += item.str;
    current.size = Math.max(current.size, item.height);
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.filter((line) => line.text.trim());
}

/** Lines joined into paragraphs (a line-end hyphen before a lower-case letter is a broken word). */
function paragraphsOf(lines: Line[]): string[] {
  const paragraphs: string[] = [];
  let paragraph = "";
  let previous: Line | null = null;
  for (const line of lines) {
    const text = line.text.replace(/\s+/g, " ").trim();
    const gap = previous ? previous.y - line.y : 0;
    if (previous && (gap > Math.max(previous.size, line.size) * PARAGRAPH_GAP || gap < 0)) {
      paragraphs.push(paragraph);
      paragraph = "";
    }
    if (!paragraph) paragraph = text;
    else if (/[a-zа-яё]-$/i.test(paragraph) && /^\p{Ll}/u.test(text)) paragraph = paragraph.slice(0, -1) + text;
    else paragraph += " " + text;
    previous = line;
  }
  if (paragraph) paragraphs.push(paragraph);
  return paragraphs;
}

/**
 * The text layer of a PDF, with pdfjs-dist 5.6.205's legacy build (the plain build needs browser globals; later
 * versions need Node 22). Paragraphs are rebuilt from line positions (PARAGRAPH_GAP); pages start new paragraphs.
 * Title, date, language and author come from the document information dictionary (falling back to the first line).
 * Throws ExtractionError for a file that is not a PDF, an encrypted one, and one with no text layer (a scan).
 */
export async function extractPdf(bytes: Uint8Array, name: string): Promise<ExtractedSource> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdfjs takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    const kind = (error as Error)?.name;
    if (kind === "PasswordException") throw new ExtractionError(`“${name}” is password-protected: save an unprotected copy and upload that.`);
    throw new ExtractionError(`“${name}” is not a readable PDF (${(error as Error)?.message ?? "unknown error"}).`);
  }
  try {
    const paragraphs: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      for (const paragraph of paragraphsOf(linesOf(content.items.filter((item) => "str" in item) as PositionedText[]))) paragraphs.push(paragraph);
      page.cleanup();
    }
    const text = paragraphs.join("\n\n");
    const body = bodyFromText(
      text,
      `“${name}” has no text layer (it looks like a scanned image), so there is no text to import. Run OCR on it first, or paste the text.`,
    );
    const info = (await document.getMetadata()).info as Record<string, unknown>;
    const str = (key: string) => (typeof info[key] === "string" ? (info[key] as string).trim() : "");
    return {
      title: (str("Title") || firstLine(body)).slice(0, 300),
      body,
      publishedOn: isoDayOf(str("CreationDate")),
      language: languageTagOf(str("Language")),
      sourceName: str("Author") || null,
    };
  } finally {
    await document.destroy();
  }
}
