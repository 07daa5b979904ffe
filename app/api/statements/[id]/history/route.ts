import { jsonError } from "@/lib/api/responses";
import { withDatabase } from "@/lib/api/with-database";
import { readPrisma } from "@/lib/db";
import { listVersions } from "@/lib/data/revisions";
import { getStatement } from "@/lib/data/statements";
import { parseStatementId, statementIdMessage } from "@/lib/domain/record-id";
import { historyDocument } from "@/lib/export/history";
import { historyView } from "@/lib/view/history";
import { parseHistoryQuery } from "@/lib/view/history-query";
import { queryRecord } from "@/lib/view/query-values";

export const dynamic = "force-dynamic";

/** A statement's revision history as data: `from` and `to` as on the page (a bad one is a 400 naming it and the versions there are); the sentence pairs, classed edits and moves (issue 12). */
export const GET = withDatabase(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const statementId = parseStatementId(id);
  if (statementId === null) return jsonError(400, statementIdMessage(id));
  const statement = await getStatement(readPrisma, statementId);
  if (!statement) return jsonError(404, `No statement with id ${id}`);
  const versions = (await listVersions(readPrisma, statement.id))!;
  const parsed = parseHistoryQuery(versions.map((v) => v.version), queryRecord(new URL(request.url).searchParams));
  if (!parsed.ok) return jsonError(400, parsed.message);
  return Response.json(historyDocument(historyView(statement, versions, parsed.query)), { headers: { "Cache-Control": "no-store" } });
});
