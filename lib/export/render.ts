import type { AnnotationView } from "../data/annotations";
import type { EventWithStatements } from "../data/events";
import type { EventViewState } from "../view/event-view-state";
import { eventViewQuery } from "../view/event-view-state";
import { toCsvTable } from "./csv";
import { parseExportRequest } from "./export-request";
import { escapeHtml, toHtml } from "./html";
import { toMarkdown } from "./markdown";
import { buildExportModel, exportFilename } from "./model";
import { ChromiumMissingError, htmlToPdf, PdfRefusedError } from "./pdf";
import { viewDocument } from "./view-document";

export const EXPORT_FORMATS = ["md", "html", "csv", "json", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function download(body: BodyInit, contentType: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** The permalink of the exact view exported: `origin` + the page path + the view's canonical query. */
export function viewPermalink(event: EventWithStatements, state: EventViewState, pagePath: string, origin: string | null): string {
  return `${origin ?? ""}${pagePath}${eventViewQuery(state, event.statements.map((s) => s.slug))}`;
}

/**
 * Builds one export of the event page's state — the view it was made from, in `format` — and wraps it as a
 * download. `params` holds the export's own parameters (view, table, paper: lib/export/export-request.ts); a bad one,
 * or a bad value of the page's state (`state.invalid`: unknown statement, a = b, a repeated parameter…), is answered
 * 400 with a message naming it. `origin` (e.g. "http://127.0.0.1:3000") makes the permalink absolute.
 */
export async function renderExport(
  format: ExportFormat,
  event: EventWithStatements,
  state: EventViewState,
  annotations: AnnotationView[],
  params: URLSearchParams,
  pagePath: string,
  origin: string | null = null,
): Promise<Response> {
  // Without `view`, the export is of the state's view (an export link always names it: components/event/DownloadMenu).
  const query = new URLSearchParams(params);
  if (!query.get("view")) query.set("view", state.view);
  const parsed = parseExportRequest(query);
  if (!parsed.ok) return badExportRequest(parsed.message);
  if (parsed.request.view !== state.view) return badExportRequest(`view is “${parsed.request.view}” but the view state is “${state.view}”`);
  // A value the page would ignore with a notice is an error here: a file must hold what was asked for (tester B5).
  if (state.invalid.length) return badExportRequest(state.invalid.join("; "));
  const { table, paper } = parsed.request;
  const model = buildExportModel(event, state, annotations, new Date(), viewPermalink(event, state, pagePath, origin));
  switch (format) {
    case "md":
      return download(toMarkdown(model), "text/markdown; charset=utf-8", exportFilename(model, "md"));
    case "html":
      return download(toHtml(model), "text/html; charset=utf-8", exportFilename(model, "html"));
    case "csv": {
      return download(toCsvTable(model, table), "text/csv; charset=utf-8", exportFilename(model, "csv", `-${table}`));
    }
    case "json":
      return download(JSON.stringify(viewDocument(event, state, model), null, 2), "application/json; charset=utf-8", exportFilename(model, "json"));
    case "pdf": {
      try {
        const pdf = await htmlToPdf(toHtml(model), paper, { title: event.title });
        return download(new Uint8Array(pdf), "application/pdf", exportFilename(model, "pdf", `-${paper.toLowerCase()}`));
      } catch (error) {
        if (!(error instanceof ChromiumMissingError || error instanceof PdfRefusedError)) throw error;
        const retryAfter = error instanceof PdfRefusedError ? error.retryAfterSeconds : null;
        return htmlOffer(error.message, htmlExportHref(event, state, pagePath), 503, retryAfter);
      }
    }
  }
}

/** The HTML export of the same state, offered when no PDF can be made. */
export function htmlExportHref(event: EventWithStatements, state: EventViewState, pagePath: string): string {
  return `${pagePath}/export/html${eventViewQuery(state, event.statements.map((s) => s.slug))}`;
}

/** A short page saying why there is no PDF, linking the HTML export (printable from the browser). */
export function htmlOffer(reason: string, htmlHref: string, status: 429 | 503, retryAfterSeconds: number | null): Response {
  return new Response(
    `<!doctype html><meta charset="utf-8"><title>PDF export unavailable</title><p>${escapeHtml(reason)}</p><p><a href="${escapeHtml(htmlHref)}">Download the HTML export instead</a> and print it to PDF from your browser.</p>`,
    { status, headers: { "Content-Type": "text/html; charset=utf-8", ...(retryAfterSeconds ? { "Retry-After": String(retryAfterSeconds) } : {}) } },
  );
}

/** A bad export parameter: 400, the message as plain text. */
/** 400 with the message naming the bad export parameters (plain text, never cached). */
export function badExportRequest(message: string): Response {
  return new Response(`Bad export request: ${message}.`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
