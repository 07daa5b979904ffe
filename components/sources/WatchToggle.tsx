"use client";

import { useActionState } from "react";
import { setWatchedAction } from "@/app/editor/source-actions";
import { FormMessage, SubmitButton } from "@/components/editor/fields";
import { IDLE } from "@/lib/editorial/form-state";

/** An editor's switch to start or stop watching a statement's source. */
export function WatchToggle({ statementId, watched }: { statementId: number; watched: boolean }) {
  const [state, action] = useActionState(setWatchedAction, IDLE);
  return (
    <form action={action} className="space-y-2" aria-label="Watch the source">
      <input type="hidden" name="statementId" value={statementId} />
      <input type="hidden" name="watched" value={watched ? "" : "on"} />
      <SubmitButton>{watched ? "Stop watching the source" : "Watch the source for edits"}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
