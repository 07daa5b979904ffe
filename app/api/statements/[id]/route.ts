import { conditionalJson, jsonError } from "@/lib/api/responses";
import { statementApiJson } from "@/lib/api/serialise";
import { validatorsFor } from "@/lib/api/conditional";
import { withDatabase } from "@/lib/api/with-database";
import { readPrisma } from "@/lib/db";
import { getStatement } from "@/lib/data/statements";
import { parseStatementId, statementIdMessage } from "@/lib/domain/record-id";

export const dynamic = "force-dynamic";

export const GET = withDatabase(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const statementId = parseStatementId(id);
  if (statementId === null) return jsonError(400, statementIdMessage(id));
  const statement = await getStatement(readPrisma, statementId);
  if (!statement) return jsonError(404, `No statement with id ${id}`);
  const validators = validatorsFor(
    [statement.id, statement.version, statement.updatedAt.getTime(), statement.party.updatedAt.getTime(), statement.event.slug],
    [statement.updatedAt, statement.party.updatedAt],
  );
  return conditionalJson(request, validators, () => ({
    ...statementApiJson(statement),
    event: { slug: statement.event.slug, title: statement.event.title, links: { self: `/api/events/${statement.event.slug}` } },
  }));
});
