"use server";

import { revalidateReadingViews } from "@/app/revalidate-reading-views";
import { currentEditor } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { previewFileImport, previewUrlImport, setWatched } from "@/lib/data/snapshots";
import { errorState, textValues, type FormState } from "@/lib/editorial/form-state";

/**
 * Thin wrappers for importing a statement from where it is published (lib/data/snapshots.ts does the work and
 * refuses an anonymous caller itself). A successful preview hands the pre-filled statement fields back as `values`.
 */

export async function previewUrlImportAction(_: FormState, form: FormData): Promise<FormState> {
  const values = textValues(form);
  const result = await previewUrlImport(prisma, values.url, await currentEditor());
  if (!result.ok) return errorState(result, values);
  return { status: "success", message: "Fetched. Check every field below before you add the statement.", values: { ...result.prefill } };
}

export async function previewFileImportAction(_: FormState, form: FormData): Promise<FormState> {
  const value = form.get("file");
  const file = value instanceof File && value.size > 0 ? { bytes: new Uint8Array(await value.arrayBuffer()), name: value.name, type: value.type } : null;
  const result = await previewFileImport(prisma, file, await currentEditor());
  if (!result.ok) return errorState(result, {});
  return { status: "success", message: "Read. Check every field below before you add the statement.", values: { ...result.prefill } };
}

export async function setWatchedAction(_: FormState, form: FormData): Promise<FormState> {
  const values = textValues(form);
  const result = await setWatched(prisma, { statementId: values.statementId, watched: values.watched }, await currentEditor());
  if (!result.ok) return errorState(result, values);
  revalidateReadingViews(`/statements/${result.statementId}`, undefined);
  return { status: "success", message: result.watched ? "Watching this source: `npm run watch` checks it." : "No longer watching this source." };
}
