"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/editorial/form-state";
import { FormMessage, SubmitButton } from "./fields";

interface DeleteFormProps {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  id: number;
  what: string;
  consequence: string;
}

/** Deletion needs an explicit tick: the server refuses without `confirm=delete`. */
export function DeleteForm({ action, id, what, consequence }: DeleteFormProps) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-rose-200 bg-rose-50/50 p-4" aria-label={`Delete ${what}`}>
      <h2 className="font-semibold text-rose-950">Delete {what}</h2>
      <p className="text-sm text-slate-800">{consequence}</p>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <label className="flex items-center gap-2 text-sm font-medium text-slate-900">
        <input type="checkbox" name="confirm" value="delete" className="h-4 w-4 focus:outline-2 focus:outline-blue-700" />
        Yes, delete {what} for good
      </label>
      <SubmitButton tone="danger">Delete {what}</SubmitButton>
    </form>
  );
}
