import mammoth from "mammoth";
import { htmlToCleanText } from "../editorial/text";
import { bodyFromText, ExtractionError, firstLine, type ExtractedSource } from "./extracted";

/**
 * The text of a Word (.docx) file, by mammoth: converted to HTML (paragraphs, headings, lists) and from there to
 * plain text with blank lines between paragraphs, as for uploaded .html. The title is the first paragraph.
 * Throws ExtractionError for a file that is not a .docx (e.g. an old binary .doc) and for one with no text.
 */
export async function extractDocx(bytes: Uint8Array, name: string): Promise<ExtractedSource> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw new ExtractionError(`“${name}” is not a readable Word .docx file (${(error as Error)?.message ?? "unknown error"}). Old .doc files must be saved as .docx first.`);
  }
  const body = bodyFromText(htmlToCleanText(html), `“${name}” contains no text.`);
  return { title: firstLine(body), body, publishedOn: null, language: null, sourceName: null };
}
