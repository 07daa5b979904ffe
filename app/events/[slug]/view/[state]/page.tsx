import type { Metadata } from "next";
import { segmentToQuery } from "@/lib/view/event-page-key";
import { EventPageBody, eventPageMetadata } from "../../event-page";

interface CachedEventPageProps {
  params: Promise<{ slug: string; state: string }>;
}

// Rendered on first request per (event, query), then served from Next's route cache (HTML and RSC payload, with
// Cache-Control and an ETag) until a write calls revalidatePath("/", "layout") (app/editor/actions.ts). The
// 300 s backstop bounds staleness after writes this process does not see: scripts/watch.ts and other instances.
export const revalidate = 300;
export const dynamicParams = true;
export async function generateStaticParams(): Promise<{ slug: string; state: string }[]> {
  return [];
}

export async function generateMetadata({ params }: CachedEventPageProps): Promise<Metadata> {
  return eventPageMetadata((await params).slug);
}

export default async function CachedEventPage({ params }: CachedEventPageProps) {
  const { slug, state } = await params;
  return <EventPageBody slug={slug} query={segmentToQuery(state)} />;
}
