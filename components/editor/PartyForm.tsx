"use client";

import { useActionState } from "react";
import { createPartyAction, updatePartyAction } from "@/app/editor/actions";
import { PARTY_KINDS, PARTY_KIND_LABELS } from "@/lib/domain/kinds";
import { IDLE } from "@/lib/editorial/form-state";
import { Field, FormMessage, SubmitButton } from "./fields";

interface PartyFormProps {
  party?: { id: number; slug: string; name: string; shortName: string; kind: string; country: string | null; color: string };
}

export function PartyForm({ party }: PartyFormProps) {
  const [state, action] = useActionState(party ? updatePartyAction : createPartyAction, IDLE);
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" aria-label={party ? "Edit party" : "New party"}>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      {party && <input type="hidden" name="id" value={party.id} />}
      <Field state={state} name="name" label="Name" required maxLength={200} defaultValue={party?.name} />
      <Field state={state} name="shortName" label="Short name" required maxLength={60} defaultValue={party?.shortName} />
      <Field state={state} name="slug" label="Slug" required hint="e.g. am-pmo" defaultValue={party?.slug} />
      <Field state={state} name="kind" label="Kind" options={PARTY_KINDS.map((k) => [k, PARTY_KIND_LABELS[k]] as const)} defaultValue={party?.kind} />
      <Field state={state} name="country" label="Country" hint="ISO code such as AM; may be empty" maxLength={2} defaultValue={party?.country} />
      <Field state={state} name="color" label="Colour" type="color" defaultValue={party?.color ?? "#475569"} />
      <div className="sm:col-span-2">
        <SubmitButton>{party ? "Save party" : "Add party"}</SubmitButton>
      </div>
    </form>
  );
}
