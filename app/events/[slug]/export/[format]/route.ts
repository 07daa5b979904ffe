import { cachedResponse } from "@/lib/api/cached-response";
import { eventValidators } from "@/lib/api/event-validators";
import { jsonError } from "@/lib/api/responses";
import { listAnnotationsForEvent } from "@/lib/data/annotations";
import { getEvent } from "@/lib/data/events";
import { readPrisma } from "@/lib/db";
import { withDatabase } from "@/lib/api/with-database";
import { clientAddress } from "@/lib/auth/client-address";
import { requestOrigin } from "@/lib/api/request-origin";
import { pdfRetryAfter } from "@/lib/export/pdf-rate-limit";
import { htmlExportHref, htmlOffer, renderExport, EXPORT_FORMATS, type ExportFormat } from "@/lib/export/render";
import { prepareComparison } from "@/lib/view/comparison-cache";
import { parseEventViewState } from "@/lib/view/event-view-state";
import { queryRecord } from "@/lib/view/query-values";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ slug: string; format: string }>;
}

/**
 * Downloads of the event page's current view: the same query as the page, `view` always named, plus `table` (CSV)
 * and `paper` (PDF); a bad value of any of them, or a parameter given twice, is answered 400 naming it
 * (lib/export/export-request.ts, lib/view/event-view-state.ts `invalid`).
 */
export const GET = withDatabase(async (request: Request, { params }: Context) => {
  const { slug, format } = await params;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    return jsonError(404, `Unknown export format "${format}"; use one of ${EXPORT_FORMATS.join(", ")}`);
  }
  const event = await getEvent(slug);
  if (!event) return jsonError(404, `No event with slug "${slug}"`);
  const url = new URL(request.url);
  const state = parseEventViewState(
    event.statements.map((s) => s.slug),
    queryRecord(url.searchParams),
    event.exchanges.map((x) => x.slug),
  );
  const annotations = await listAnnotationsForEvent(event.id, readPrisma);
  // Served from cache by the event's content version and the whole query (renderExport reads `table` and `paper`).
  const parameters = [format, [...url.searchParams].sort().map((pair) => pair.join("=")).join("&")];
  const validators = eventValidators(event, parameters, annotations);
  return cachedResponse(request, validators, async () => {
    // Only a PDF that is not in the cache costs a browser, so only then does the per-client limit apply.
    if (format === "pdf") {
      const wait = pdfRetryAfter(clientAddress(request.headers));
      if (wait > 0) return htmlOffer(`Too many PDF requests from you; try again in ${wait} s.`, htmlExportHref(event, state, `/events/${event.slug}`), 429, wait);
    }
    await prepareComparison(event, state);
    return renderExport(format as ExportFormat, event, state, annotations, url.searchParams, `/events/${event.slug}`, requestOrigin(request));
  });
});
