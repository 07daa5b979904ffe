"use client";

import { useActionState } from "react";
import { createEventAction, updateEventAction } from "@/app/editor/actions";
import { IDLE } from "@/lib/editorial/form-state";
import { Field, FormMessage, SubmitButton } from "./fields";

interface EventFormProps {
  event?: { id: number; slug: string; title: string; occurredOn: string; summary: string };
}

export function EventForm({ event }: EventFormProps) {
  const [state, action] = useActionState(event ? updateEventAction : createEventAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label={event ? "Edit event" : "New event"}>
      <FormMessage state={state} />
      {event && <input type="hidden" name="id" value={event.id} />}
      <Field state={state} name="title" label="Title" required maxLength={300} defaultValue={event?.title} />
      <Field
        state={state}
        name="slug"
        label="Slug"
        hint="The event's address: /events/<slug>. Lower-case letters, digits and hyphens."
        required
        defaultValue={event?.slug}
      />
      <Field state={state} name="occurredOn" label="Date of the event" type="date" required defaultValue={event?.occurredOn} />
      <Field state={state} name="summary" label="Summary" multiline rows={3} defaultValue={event?.summary} />
      <SubmitButton>{event ? "Save event" : "Create event"}</SubmitButton>
    </form>
  );
}
