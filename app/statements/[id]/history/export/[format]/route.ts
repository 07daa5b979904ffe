import { jsonError } from "@/lib/api/responses";
import { withDatabase } from "@/lib/api/with-database";
import { clientAddress } from "@/lib/auth/client-address";
import { readPrisma } from "@/lib/db";
import { listVersions } from "@/lib/data/revisions";
import { getStatement } from "@/lib/data/statements";
import { parseStatementId, statementIdMessage } from "@/lib/domain/record-id";
import { renderHistoryExport } from "@/lib/export/history";
import { pdfRetryAfter } from "@/lib/export/pdf-rate-limit";
import { badExportRequest, EXPORT_FORMATS, htmlOffer, type ExportFormat } from "@/lib/export/render";
import { historyView } from "@/lib/view/history";
import { parseHistoryQuery } from "@/lib/view/history-query";
import { queryRecord } from "@/lib/view/query-values";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ id: string; format: string }>;
}

/** Downloads of a statement's revision history: the same `from` and `to` as the page, plus `paper` (PDF). */
export const GET = withDatabase(async (request: Request, { params }: Context) => {
  const { id, format } = await params;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return jsonError(404, `Unknown export format "${format}"; use one of ${EXPORT_FORMATS.join(", ")}`);
  const statementId = parseStatementId(id);
  if (statementId === null) return jsonError(400, statementIdMessage(id));
  const statement = await getStatement(readPrisma, statementId);
  if (!statement) return jsonError(404, `No statement with id ${id}`);
  const url = new URL(request.url);
  const versions = (await listVersions(readPrisma, statement.id))!;
  const parsed = parseHistoryQuery(versions.map((v) => v.version), queryRecord(url.searchParams));
  if (!parsed.ok) return badExportRequest(parsed.message);
  const view = historyView(statement, versions, parsed.query);
  const htmlHref = `/statements/${statement.id}/history/export/html?from=${view.from.version}&to=${view.to.version}`;
  if (format === "pdf") {
    const wait = pdfRetryAfter(clientAddress(request.headers));
    if (wait > 0) return htmlOffer(`Too many PDF requests from you; try again in ${wait} s.`, htmlHref, 429, wait);
  }
  return renderHistoryExport(format as ExportFormat, view, url.searchParams, htmlHref);
});
