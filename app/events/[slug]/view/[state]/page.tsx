import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MalformedPageKeyError, segmentToQuery } from "@/lib/view/event-page-key";
import { isIssuedWriteGeneration } from "@/lib/view/write-generation";
import { EventPageBody, eventPageMetadata } from "../../event-page";

interface CachedEventPageProps {
  params: Promise<{ slug: string; state: string }>;
}

// Rendered on first request per (event, query, write generation), then served from Next's route cache (HTML and RSC
// payload, with Cache-Control and an ETag). A write in this process starts a new generation, so proxy.ts sends readers
// to a new key (app/revalidate-reading-views.ts; lib/view/write-generation.ts), and revalidates. The 300 s backstop
// bounds staleness after writes this process does not see: scripts/watch.ts and other instances.
export const revalidate = 300;
export const dynamicParams = true;
export async function generateStaticParams(): Promise<{ slug: string; state: string }[]> {
  return [];
}

export async function generateMetadata({ params }: CachedEventPageProps): Promise<Metadata> {
  return eventPageMetadata((await params).slug);
}

/** The query of a key this process issued; a made-up or malformed key is not found (so it cannot fill the cache). */
function issuedQuery(state: string): Record<string, string | string[]> {
  try {
    const { generation, query } = segmentToQuery(state);
    if (isIssuedWriteGeneration(generation)) return query;
  } catch (error) {
    if (!(error instanceof MalformedPageKeyError)) throw error;
  }
  notFound();
}

export default async function CachedEventPage({ params }: CachedEventPageProps) {
  const { slug, state } = await params;
  return <EventPageBody slug={slug} query={issuedQuery(state)} />;
}
