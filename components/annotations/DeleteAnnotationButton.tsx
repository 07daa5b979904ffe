"use client";

import { useActionState } from "react";
import { deleteAnnotationAction } from "@/app/editor/actions";
import { IDLE } from "@/lib/editorial/form-state";

/** Editors only: removes an annotation after a browser confirmation. */
export function DeleteAnnotationButton({ id }: { id: number }) {
  const [state, action] = useActionState(deleteAnnotationAction, IDLE);
  return (
    <form
      action={action}
      className="mt-2"
      onSubmit={(event) => {
        if (!window.confirm("Delete this annotation?")) event.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="text-xs font-semibold text-rose-800 underline focus:outline-2 focus:outline-blue-700">
        Delete annotation
      </button>
      {state.status === "error" && (
        <span role="alert" className="ml-2 text-xs text-rose-800">
          {state.message}
        </span>
      )}
    </form>
  );
}
