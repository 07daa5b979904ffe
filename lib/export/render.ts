import type { AnnotationView } from "../data/annotations";
import type { EventWithStatements } from "../data/events";
import type { EventViewState } from "../view/event-view-state";
import { eventViewQuery } from "../view/event-view-state";
import { comparisonDocument } from "./comparison-document";
import { CSV_TABLES, toCsvTable, type CsvTable } from "./csv";
import { escapeHtml, toHtml } from "./html";
import { toMarkdown } from "./markdown";
import { buildExportModel, exportFilename } from "./model";
import { ChromiumMissingError, htmlToPdf, PAPER_FORMATS, PdfRefusedError, type PaperFormat } from "./pdf";

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

export function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  const match = allowed.find((a) => a.toLowerCase() === (value ?? "").toLowerCase());
  return match ?? fallback;
}

/** Builds one export of the event page's state and wraps it as a download. */
export async function renderExport(
  format: ExportFormat,
  event: EventWithStatements,
  state: EventViewState,
  annotations: AnnotationView[],
  params: URLSearchParams,
  pagePath: string,
): Promise<Response> {
  const model = buildExportModel(event, state, annotations);
  switch (format) {
    case "md":
      return download(toMarkdown(model), "text/markdown; charset=utf-8", exportFilename(model, "md"));
    case "html":
      return download(toHtml(model), "text/html; charset=utf-8", exportFilename(model, "html"));
    case "csv": {
      const table: CsvTable = pick(params.get("table"), CSV_TABLES, model.pairwise ? "changes" : "claims");
      return download(toCsvTable(model, table), "text/csv; charset=utf-8", exportFilename(model, "csv", `-${table}`));
    }
    case "json": {
      const document = {
        ...comparisonDocument(event, { statements: state.shown, base: state.base, threshold: state.threshold, exchange: state.exchange }),
        exportedAt: model.exportedAt.toISOString(),
        annotations: model.annotations,
      };
      return download(JSON.stringify(document, null, 2), "application/json; charset=utf-8", exportFilename(model, "json"));
    }
    case "pdf": {
      const paper: PaperFormat = pick(params.get("paper"), PAPER_FORMATS, "A4");
      try {
        const pdf = await htmlToPdf(toHtml(model), paper);
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
