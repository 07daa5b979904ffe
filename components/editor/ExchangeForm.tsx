"use client";

import { useActionState } from "react";
import { createExchangeAction } from "@/app/editor/actions";
import { EXCHANGE_KINDS, EXCHANGE_KIND_LABELS } from "@/lib/domain/kinds";
import { IDLE } from "@/lib/editorial/form-state";
import { Field, fieldError, FormMessage, SubmitButton } from "./fields";

interface ExchangeFormProps {
  eventId: number;
  parties: { id: number; name: string }[];
}

/** Adds an exchange (a call, a meeting, a hearing …) to an event, with the parties that took part. */
export function ExchangeForm({ eventId, parties }: ExchangeFormProps) {
  const [state, action] = useActionState(createExchangeAction, IDLE);
  const participantsError = fieldError(state, "participantIds");
  return (
    <form action={action} className="space-y-4" aria-label="Add an exchange">
      <FormMessage state={state} />
      <input type="hidden" name="eventId" value={eventId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field state={state} name="title" label="Title" required maxLength={300} idPrefix="exchange-" hint="e.g. Blinken–Pashinyan call" />
        <Field state={state} name="slug" label="Slug" required idPrefix="exchange-" hint="Unique within the event" />
        <Field state={state} name="kind" label="Kind" idPrefix="exchange-" options={EXCHANGE_KINDS.map((k) => [k, EXCHANGE_KIND_LABELS[k]] as const)} />
        <Field state={state} name="occurredOn" label="Date" type="date" idPrefix="exchange-" hint="May be empty" />
      </div>
      <fieldset aria-describedby={participantsError ? "exchange-participants-error" : undefined}>
        <legend className="text-sm font-semibold text-slate-800">Participants</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {parties.map((party) => (
            <label key={party.id} className="inline-flex items-center gap-1.5 text-sm">
              <input type="checkbox" name="participantIds" value={party.id} className="h-4 w-4 accent-slate-800" />
              {party.name}
            </label>
          ))}
        </div>
        {participantsError && (
          <p id="exchange-participants-error" className="text-sm text-rose-800">
            {participantsError}
          </p>
        )}
      </fieldset>
      <SubmitButton>Add exchange</SubmitButton>
    </form>
  );
}
