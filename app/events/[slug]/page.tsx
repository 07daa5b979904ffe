import type { Metadata } from "next";
import { currentEditor } from "@/lib/auth/session";
import { EventPageBody, eventPageMetadata, type EventPageQuery } from "./event-page";

interface EventPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<EventPageQuery>;
}

// Anonymous readers reach the cached route view/[state] through proxy.ts; this dynamic page answers signed-in
// editors (always fresh) and any request the proxy does not rewrite.
export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  return eventPageMetadata((await params).slug);
}

export default async function EventPage({ params, searchParams }: EventPageProps) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  // Only this dynamic route reads the session: a signed-in editor gets the alignment correction menus.
  return <EventPageBody slug={slug} query={query} editor={await currentEditor()} />;
}
