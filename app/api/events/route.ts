import { validatorsFor } from "@/lib/api/conditional";
import { conditionalJson } from "@/lib/api/responses";
import { withDatabase } from "@/lib/api/with-database";
import { listEvents } from "@/lib/data/events";
import { isoDay } from "@/lib/format";

export const dynamic = "force-dynamic";

export const GET = withDatabase(async (request: Request) => {
  const events = await listEvents();
  const validators = validatorsFor(
    events.map((e) => `${e.slug}@${e.updatedAt.getTime()}@${e.statementCount}@${e.latestStatementUpdate.getTime()}`),
    events.flatMap((e) => [e.updatedAt, e.latestStatementUpdate]),
  );
  return conditionalJson(request, validators, () => ({
    events: events.map((event) => ({
      slug: event.slug,
      title: event.title,
      occurredOn: isoDay(event.occurredOn),
      summary: event.summary,
      statementCount: event.statementCount,
      parties: event.parties.map((p) => ({ slug: p.slug, name: p.name, shortName: p.shortName, color: p.color })),
      links: { self: `/api/events/${event.slug}`, comparison: `/api/events/${event.slug}/comparison`, html: `/events/${event.slug}` },
    })),
  }));
});
