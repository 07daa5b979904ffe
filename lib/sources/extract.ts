import { decodeText, extractHtml } from "./extract-html";
import { extractDocx } from "./extract-docx";
import { extractPdf } from "./extract-pdf";
import { bodyFromText, ExtractionError, firstLine, type ExtractedSource } from "./extracted";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export type SourceFormat = "html" | "pdf" | "docx" | "text";

/**
 * Which extractor reads a document: by its bytes first (a PDF starts with "%PDF-", a .docx is a ZIP: "PK"), then
 * by the declared content type, then by the name's extension. Null when none can.
 */
export function sourceFormatOf(bytes: Uint8Array, contentType: string, name: string): SourceFormat | null {
  const type = contentType.split(";")[0].trim().toLowerCase();
  const extension = name.toLowerCase().match(/\.([a-z0-9]+)(?:[?#].*)?$/)?.[1] ?? "";
  const magic = new TextDecoder("latin1").decode(bytes.subarray(0, 5));
  if (magic === "%PDF-") return "pdf";
  if (magic.startsWith("PK") && (type === DOCX_TYPE || extension === "docx" || type === "application/octet-stream" || type === "application/zip")) return "docx";
  if (type === "text/html" || type === "application/xhtml+xml" || (!type && /^html?$/.test(extension))) return "html";
  if (type === "text/plain" || type === "text/markdown" || (!type && /^(txt|md)$/.test(extension))) return "text";
  if (type === "application/octet-stream" && /^html?$/.test(extension)) return "html";
  return null;
}

/**
 * Statement text and metadata from a fetched or uploaded document. `name` is the URL (for pages) or file name.
 * Throws ExtractionError with a message for the editor when the format is not supported or no text comes out.
 */
export async function extractSource(bytes: Uint8Array, contentType: string, name: string, contentLanguage: string | null = null): Promise<ExtractedSource> {
  const format = sourceFormatOf(bytes, contentType, name);
  switch (format) {
    case "html":
      return extractHtml(bytes, contentType || "text/html", name, contentLanguage);
    case "pdf":
      return extractPdf(bytes, name);
    case "docx":
      return extractDocx(bytes, name);
    case "text": {
      const body = bodyFromText(decodeText(bytes, contentType), `“${name}” contains no text.`);
      return { title: firstLine(body), body, publishedOn: null, language: null, sourceName: null };
    }
    default:
      throw new ExtractionError(
        `“${name}” is ${contentType ? `of type ${contentType.split(";")[0]}` : "of an unknown type"}: Readout can import web pages (HTML), PDF, Word .docx and plain text.`,
      );
  }
}
