import { jsonError } from "@/lib/api/responses";
import { withDatabase } from "@/lib/api/with-database";
import { prisma } from "@/lib/db";
import { listSourceChanges } from "@/lib/data/source-feed";
import { renderSourceChangesAtom } from "@/lib/export/atom";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ slug: string }>;
}

/** Atom feed of the changes at source of one event's statements. */
export const GET = withDatabase(async (request: Request, { params }: Context) => {
  const { slug } = await params;
  const url = new URL(request.url);
  const entries = await listSourceChanges(prisma, { eventSlug: slug });
  if (!entries) return jsonError(404, `No event with slug "${slug}"`);
  const xml = renderSourceChangesAtom(entries, {
    selfUrl: url.href,
    pageUrl: `${url.origin}/events/${slug}`,
    title: `Readout: statements edited at source (${slug})`,
    origin: url.origin,
    now: new Date(),
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
});
