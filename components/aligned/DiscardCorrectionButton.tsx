"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/editorial/form-state";
import type { CorrectionAction } from "@/lib/view/correction-menu";

/** Editors only: deletes a correction that no longer applies (the same reset as "reset to automatic"). */
export function DiscardCorrectionButton({ reset, eventId, seen, corrections }: { reset: CorrectionAction; eventId: number; seen: string; corrections: string }) {
  const [state, action, pending] = useActionState(reset, IDLE);
  return (
    <form action={action} className="ml-2 inline">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="seen" value={seen} />
      <input type="hidden" name="corrections" value={corrections} />
      <button type="submit" disabled={pending} className="text-xs font-semibold text-rose-800 underline focus:outline-2 focus:outline-blue-700">
        Discard
      </button>
      {state.status === "error" && (
        <span role="alert" className="ml-2 text-xs text-rose-800">
          {state.message}
        </span>
      )}
    </form>
  );
}
