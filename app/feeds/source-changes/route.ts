import { withDatabase } from "@/lib/api/with-database";
import { prisma } from "@/lib/db";
import { listSourceChanges } from "@/lib/data/source-feed";
import { renderSourceChangesAtom } from "@/lib/export/atom";

export const dynamic = "force-dynamic";

/** Atom feed of every change at source (the latest 50), for feed readers and chat tools. */
export const GET = withDatabase(async (request: Request) => {
  const url = new URL(request.url);
  const entries = (await listSourceChanges(prisma)) ?? [];
  const xml = renderSourceChangesAtom(entries, { selfUrl: url.href, pageUrl: `${url.origin}/`, title: "Readout: statements edited at source", origin: url.origin, now: new Date() });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
});
