import { parseComparisonQuery } from "@/lib/api/comparison-query";
import { conditionalJson, jsonError } from "@/lib/api/responses";
import { eventValidators } from "@/lib/api/serialise";
import { withDatabase } from "@/lib/api/with-database";
import { getEvent } from "@/lib/data/events";
import { comparisonDocument } from "@/lib/export/comparison-document";

export const dynamic = "force-dynamic";

export const GET = withDatabase(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const event = await getEvent(slug);
  if (!event) return jsonError(404, `No event with slug "${slug}"`);
  const parsed = parseComparisonQuery(
    event.statements.map((s) => s.slug),
    new URL(request.url).searchParams,
    event.exchanges.map((x) => x.slug),
  );
  if (!parsed.ok) return jsonError(400, "Bad query parameters", parsed.details);
  const { query } = parsed;
  const shown = event.statements.filter((s) => query.statements.includes(s.slug));
  const validators = eventValidators(event, shown, [query.base, String(query.threshold), String(query.exchange)]);
  return conditionalJson(request, validators, () => comparisonDocument(event, query));
});
