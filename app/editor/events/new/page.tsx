import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import { EventForm } from "@/components/editor/EventForm";
import { requireEditor } from "@/lib/auth/require";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage() {
  await requireEditor("/editor/events/new");
  return (
    <div className="max-w-2xl space-y-4">
      <BackLink href="/editor" label="Editor" />
      <h1 className="font-serif text-3xl font-semibold">New event</h1>
      <p className="text-slate-700">Create the event, then add each party’s statement by pasting or uploading it.</p>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <EventForm />
      </div>
    </div>
  );
}
