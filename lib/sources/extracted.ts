import { isRealDay } from "../domain/dates";
import { cleanStatementText } from "../editorial/text";

/** What an extractor found in a source document: a proposal for the statement form, checked by the editor. */
export interface ExtractedSource {
  /** "" when the document has none. */
  title: string;
  /** Plain text, paragraphs separated by one blank line, cleaned like any statement text (lib/editorial/text). */
  body: string;
  /** YYYY-MM-DD, or null when the document does not say. */
  publishedOn: string | null;
  /** BCP 47 tag from the document (html lang, Content-Language, PDF /Lang), or null. */
  language: string | null;
  /** Who published it (site name, PDF author), or null. */
  sourceName: string | null;
}

/** The document could not be turned into statement text; `message` is written for the editor. */
export class ExtractionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExtractionError";
  }
}

/** A statement body from extracted text: cleaned, and refused with `emptyMessage` when nothing is left. */
export function bodyFromText(text: string, emptyMessage: string): string {
  const cleaned = cleanStatementText(text.replace(/\u00a0/g, " ").replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, "\n\n"));
  if (!cleaned.ok) throw new ExtractionError(cleaned.error === "The text is empty." ? emptyMessage : cleaned.error);
  return cleaned.text;
}

/**
 * A calendar day (YYYY-MM-DD) from a date as documents write it: ISO 8601 ("2023-11-27T10:00:00+04:00" → the day
 * written, not shifted to UTC), PDF dates ("D:20231127…", ISO 32000-1 §7.9.4) or anything Date.parse reads (UTC
 * day). Null when it is not a real date.
 */
export function isoDayOf(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  const iso = text.match(/^(\d{4}-\d{2}-\d{2})/)?.[1];
  if (iso) return isRealDay(iso) ? iso : null;
  const pdf = text.match(/^D:(\d{4})(\d{2})(\d{2})/);
  if (pdf) {
    const day = `${pdf[1]}-${pdf[2]}-${pdf[3]}`;
    return isRealDay(day) ? day : null;
  }
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

/** A language tag the statement schema accepts ("en-US", "hy"), or null. */
export function languageTagOf(raw: string | null | undefined): string | null {
  const tag = (raw ?? "").split(",")[0].trim().replace(/_/g, "-");
  return /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : null;
}

/** The first line of a text, as a title suggestion when the document has no title (at most 300 characters). */
export function firstLine(text: string): string {
  const line = text.split("\n").find((l) => l.trim()) ?? "";
  return line.trim().slice(0, 300);
}
