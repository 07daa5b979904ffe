import { parseComparisonQuery } from "@/lib/api/comparison-query";
import { cachedResponse } from "@/lib/api/cached-response";
import { eventValidators } from "@/lib/api/event-validators";
import { jsonError } from "@/lib/api/responses";
import { withDatabase } from "@/lib/api/with-database";
import { getEvent } from "@/lib/data/events";
import { comparisonDocument } from "@/lib/export/comparison-document";
import { prepareComparison } from "@/lib/view/comparison-cache";

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
  const choice = { shown: query.statements, base: query.base, threshold: query.threshold, exchange: query.exchange };
  const parameters = [query.statements.join(","), query.base, String(query.threshold), String(query.exchange)];
  const validators = eventValidators(event, ["comparison", ...parameters]);
  return cachedResponse(request, validators, async () => {
    await prepareComparison(event, choice);
    return Response.json(comparisonDocument(event, query));
  });
});
