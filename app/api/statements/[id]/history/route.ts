import { jsonError } from "@/lib/api/responses";
import { withDatabase } from "@/lib/api/with-database";
import { readPrisma } from "@/lib/db";
import { listVersions } from "@/lib/data/revisions";
import { getStatement } from "@/lib/data/statements";
import { historyDocument } from "@/lib/export/history";
import { historyView } from "@/lib/view/history";

export const dynamic = "force-dynamic";

/** A statement's revision history as data: `from` and `to` as on the page; the sentence pairs, classed edits and moves (issue 12). */
export const GET = withDatabase(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  if (!/^[1-9]\d{0,9}$/.test(id)) return jsonError(400, `Statement id must be a positive integer, got "${id}"`);
  const statement = await getStatement(readPrisma, Number(id));
  if (!statement) return jsonError(404, `No statement with id ${id}`);
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return Response.json(historyDocument(historyView(statement, (await listVersions(readPrisma, statement.id))!, query)), { headers: { "Cache-Control": "no-store" } });
});
