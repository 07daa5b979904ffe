import { conditionalJson, jsonError } from "@/lib/api/responses";
import { eventValidators } from "@/lib/api/event-validators";
import { eventApiJson } from "@/lib/api/serialise";
import { withDatabase } from "@/lib/api/with-database";
import { getEvent } from "@/lib/data/events";

export const dynamic = "force-dynamic";

export const GET = withDatabase(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const event = await getEvent(slug);
  if (!event) return jsonError(404, `No event with slug "${slug}"`);
  return conditionalJson(request, eventValidators(event, ["event-json"]), () => eventApiJson(event));
});
