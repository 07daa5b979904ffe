import { Readability } from "@mozilla/readability";
import { JSDOM } from "jsdom";
import { htmlToCleanText } from "../editorial/text";
import { bodyFromText, ExtractionError, isoDayOf, languageTagOf, type ExtractedSource } from "./extracted";

/** The charset named in a Content-Type header or a <meta> tag near the start of the document, else UTF-8. */
function charsetOf(bytes: Uint8Array, contentType: string): string {
  const fromHeader = contentType.match(/charset\s*=\s*"?([\w.:-]+)/i)?.[1];
  if (fromHeader) return fromHeader;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  return head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1] ?? "utf-8";
}

export function decodeText(bytes: Uint8Array, contentType: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charsetOf(bytes, contentType));
  } catch {
    decoder = new TextDecoder("utf-8");
  }
  return decoder.decode(bytes).replace(/^\uFEFF/, "");
}

function meta(document: Document, ...names: string[]): string | null {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = element?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}

/**
 * The main text of an HTML page and what it says about itself, by Mozilla's Readability (the Firefox Reader View
 * library) on a jsdom document (no scripts run, no subresources loaded). Paragraphs come out separated by blank
 * lines (html-to-text, as for uploaded .html). Published date: Readability's (article:published_time, JSON-LD
 * datePublished), else a <time datetime> or a `date` / `dcterms.date` meta. Throws ExtractionError when no text is
 * left.
 */
export function extractHtml(bytes: Uint8Array, contentType: string, url: string, contentLanguage: string | null = null): ExtractedSource {
  const html = decodeText(bytes, contentType);
  const dom = new JSDOM(html, { url });
  const document = dom.window.document;
  try {
    const pageTitle = document.title.trim();
    const pageDate =
      meta(document, "article:published_time", "datePublished", "date", "dcterms.date", "DC.date.issued") ??
      document.querySelector("time[datetime]")?.getAttribute("datetime") ??
      null;
    const siteName = meta(document, "og:site_name", "application-name");
    const lang = document.documentElement.getAttribute("lang");
    const article = new Readability(document, { charThreshold: 100 }).parse();
    const text = article?.content ? htmlToCleanText(article.content) : "";
    const body = bodyFromText(text, `No readable text was found at ${url}: the page may need JavaScript, or be empty.`);
    return {
      title: (article?.title || pageTitle).trim().slice(0, 300),
      body,
      publishedOn: isoDayOf(article?.publishedTime) ?? isoDayOf(pageDate),
      language: languageTagOf(article?.lang ?? lang) ?? languageTagOf(contentLanguage),
      sourceName: article?.siteName?.trim() || siteName || null,
    };
  } catch (error) {
    if (error instanceof ExtractionError) throw error;
    throw new ExtractionError(`The page at ${url} could not be read as HTML (${(error as Error).message}).`);
  } finally {
    dom.window.close();
  }
}
