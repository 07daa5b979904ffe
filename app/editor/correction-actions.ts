"use server";

import { revalidateReadingViews } from "@/app/revalidate-reading-views";
import { currentEditor } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { createCorrection, resetCorrections } from "@/lib/data/corrections";
import { errorState, textValues, type FormState } from "@/lib/editorial/form-state";
import { CORRECTION_LABELS } from "@/lib/view/correction-credit";
import type { CorrectionKind } from "@/lib/compare/corrections";

/**
 * Thin wrappers for the aligned view's row menu (lib/data/corrections.ts checks the editor, the input and the
 * versions itself). A "not the same claim" form sends its two sentences as one choice, `pair` = `subject|target`.
 */

export async function correctAlignmentAction(_: FormState, form: FormData): Promise<FormState> {
  const values = textValues(form);
  const [subject, target] = values.pair ? values.pair.split("|") : [values.subject, values.target];
  const result = await createCorrection(prisma, { ...values, subject, target }, await currentEditor());
  if (!result.ok) return errorState(result, values);
  revalidateReadingViews();
  return { status: "success", message: `Saved: ${CORRECTION_LABELS[values.kind as CorrectionKind] ?? "correction"}.` };
}

export async function resetAlignmentAction(_: FormState, form: FormData): Promise<FormState> {
  const values = textValues(form);
  const result = await resetCorrections(prisma, values, await currentEditor());
  if (!result.ok) return errorState(result, values);
  revalidateReadingViews();
  return { status: "success", message: result.deleted === 1 ? "Reset: 1 correction removed." : `Reset: ${result.deleted} corrections removed.` };
}
