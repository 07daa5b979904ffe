import type { ChangeEvent } from "react";
import { MAX_ACTION_BODY_BYTES } from "@/lib/editorial/request-limit";

/**
 * A file input's onChange: a file too large for the server to even read (over the server actions' body limit)
 * is refused in the browser, so the form is not sent and nothing typed is lost. Smaller files, including those
 * just over the 5 MB upload limit, go to the server, which answers with its own message.
 */
export function guardFileSize(event: ChangeEvent<HTMLInputElement>) {
  const input = event.currentTarget;
  const file = input.files?.[0];
  const tooLarge = file && file.size > MAX_ACTION_BODY_BYTES - 1024 * 1024;
  input.setCustomValidity(tooLarge ? `“${file.name}” is ${(file.size / (1024 * 1024)).toFixed(1)} MB; an upload may be at most 5 MB.` : "");
  if (tooLarge) input.reportValidity();
}
