"use server";

import { redirect } from "next/navigation";
import { revalidateReadingViews } from "@/app/revalidate-reading-views";
import { safeRedirectTarget } from "@/lib/auth/redirect-target";
import { currentEditor } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { createAnnotation, deleteAnnotation, updateAnnotation } from "@/lib/data/annotations";
import { createEvent, deleteEvent, importBundle, updateEvent } from "@/lib/data/import";
import { createParty, deleteParty, updateParty } from "@/lib/data/parties";
import { createExchange, deleteExchange } from "@/lib/data/exchanges";
import { createStatement, deleteStatement, updateStatement } from "@/lib/data/statements";
import { wordDiff } from "@/lib/diff/word-diff";
import { errorState, textValues, type FormState } from "@/lib/editorial/form-state";
import { invalid, UNAUTHORISED } from "@/lib/editorial/result";
import { decodeUpload, statementTextFromUpload } from "@/lib/editorial/text";

/**
 * Thin wrappers: each action reads the session's editor and hands the form to a lib/data function that refuses
 * an anonymous caller itself, so authorisation does not depend on this file (and is tested without Next).
 */

/** The chosen file, or null when none was chosen (browsers send an empty, unnamed part; Next names it "undefined"). */
function uploaded(form: FormData, field: string): File | null {
  const value = form.get(field);
  if (!(value instanceof File)) return null;
  if (value.size === 0 && (value.name === "" || value.name === "undefined")) return null;
  return value;
}

/** The statement text: the uploaded file when there is one, else the pasted text. */
async function statementBody(form: FormData): Promise<{ ok: true; body: string } | { ok: false; error: string }> {
  const file = uploaded(form, "file");
  const pasted = String(form.get("body") ?? "");
  if (!file) return { ok: true, body: pasted };
  if (pasted.trim() && form.get("mode") !== "edit") return { ok: false, error: "Paste the text or choose a file, not both." };
  const text = statementTextFromUpload(new Uint8Array(await file.arrayBuffer()), file.name);
  return text.ok ? { ok: true, body: text.text } : { ok: false, error: text.error };
}

function refresh() {
  revalidateReadingViews();
}

export async function createEventAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await createEvent(prisma, textValues(form), await currentEditor());
  if (!result.ok) return errorState(result, textValues(form));
  refresh();
  redirect(safeRedirectTarget(`/editor/events/${result.event.id}?created=1`));
}

export async function updateEventAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await updateEvent(prisma, textValues(form), await currentEditor());
  if (!result.ok) return errorState(result, textValues(form));
  refresh();
  return { status: "success", message: "Event saved.", values: textValues(form) };
}

export async function deleteEventAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await deleteEvent(prisma, { id: form.get("id"), confirm: form.get("confirm") }, await currentEditor());
  if (!result.ok) return errorState(result, textValues(form));
  refresh();
  redirect(safeRedirectTarget("/editor?deleted=event"));
}

export async function createPartyAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await createParty(prisma, textValues(form), await currentEditor());
  if (!result.ok) return errorState(result, textValues(form));
  refresh();
  return { status: "success", message: `Party “${form.get("name")}” added.` };
}

export async function updatePartyAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await updateParty(prisma, textValues(form), await currentEditor());
  if (!result.ok) return errorState(result, textValues(form));
  refresh();
  return { status: "success", message: "Party saved.", values: textValues(form) };
}

export async function deletePartyAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await deleteParty(prisma, { id: form.get("id"), confirm: form.get("confirm") }, await currentEditor());
  if (!result.ok) return errorState(result, textValues(form));
  refresh();
  redirect(safeRedirectTarget("/editor/parties?deleted=1"));
}

export async function createStatementAction(_: FormState, form: FormData): Promise<FormState> {
  const editor = await currentEditor();
  if (!editor) return errorState(UNAUTHORISED, textValues(form));
  const body = await statementBody(form);
  if (!body.ok) return errorState(invalid("The statement could not be saved.", { body: body.error }), textValues(form));
  const result = await createStatement(prisma, { ...textValues(form), exchangeIds: form.getAll("exchangeIds").map(String), body: body.body }, editor);
  if (!result.ok) return errorState(result, textValues(form));
  refresh();
  redirect(safeRedirectTarget(`/statements/${result.statement.id}?created=1`));
}

export async function updateStatementAction(_: FormState, form: FormData): Promise<FormState> {
  const editor = await currentEditor();
  if (!editor) return errorState(UNAUTHORISED, textValues(form));
  const body = await statementBody(form);
  const values = textValues(form);
  if (!body.ok) return errorState(invalid("The statement could not be saved.", { body: body.error }), values);
  const result = await updateStatement(prisma, { ...values, exchangeIds: form.getAll("exchangeIds").map(String), body: body.body }, editor);
  if (!result.ok) {
    const conflict = result.conflict;
    // On a conflict the form comes back with the editor's text on top of the version now stored.
    const next = conflict ? { ...values, body: body.body, version: String(conflict.stored.version) } : { ...values, body: body.body };
    return errorState(result, next, conflict ? wordDiff(conflict.stored.body, conflict.yours.body, { timeoutMs: 2000 }) : undefined);
  }
  refresh();
  redirect(safeRedirectTarget(`/statements/${result.statement.id}?saved=${result.textChanged ? "text" : "details"}`));
}

export async function deleteStatementAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await deleteStatement(prisma, { id: form.get("id"), confirm: form.get("confirm") }, await currentEditor());
  if (!result.ok) return errorState(result, textValues(form));
  refresh();
  redirect(safeRedirectTarget(`/editor/events/${result.eventId}?deleted=statement`));
}

export async function importBundleAction(_: FormState, form: FormData): Promise<FormState> {
  const editor = await currentEditor();
  const values = textValues(form);
  if (!editor) return errorState(UNAUTHORISED, values);
  const file = uploaded(form, "file");
  let json = values.json ?? "";
  if (file) {
    if (json.trim()) return errorState(invalid("Paste the bundle or choose a file, not both.", { file: "Choose one." }), values);
    const decoded = decodeUpload(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!decoded.ok) return errorState(invalid(decoded.error, { file: decoded.error }), values);
    json = decoded.text;
  }
  const result = await importBundle(prisma, json, editor);
  if (!result.ok) return errorState(result, values);
  refresh();
  const { summary } = result;
  return {
    status: "success",
    message: `Imported ${summary.events.length} event(s) with ${summary.statementsCreated} statement(s); ${summary.partiesCreated} new part${summary.partiesCreated === 1 ? "y" : "ies"}, ${summary.partiesReused} existing reused.`,
    links: summary.events.map((event) => ({ href: `/events/${event.slug}`, label: event.title })),
  };
}

/** The source links field: one or more links separated by whitespace (one per line in the form). */
function sourceLinks(values: Record<string, string>): string[] {
  return String(values.sources ?? "")
    .split(/\s+/)
    .filter(Boolean);
}

export async function createAnnotationAction(_: FormState, form: FormData): Promise<FormState> {
  const values = textValues(form);
  const result = await createAnnotation(prisma, { ...values, sources: sourceLinks(values) }, await currentEditor());
  if (!result.ok) return errorState(result, values);
  refresh();
  return { status: "success", message: "Annotation saved." };
}

export async function updateAnnotationAction(_: FormState, form: FormData): Promise<FormState> {
  const values = textValues(form);
  const result = await updateAnnotation(prisma, { ...values, sources: sourceLinks(values) }, await currentEditor());
  if (!result.ok) {
    // On a conflict the form keeps the editor's judgement and now builds on the stored version.
    const stored = result.annotationConflict?.stored;
    return errorState(result, stored ? { ...values, version: String(stored.version) } : values);
  }
  refresh();
  return { status: "success", message: "Annotation updated.", values: { ...values, version: String(result.annotation.version) } };
}

export async function deleteAnnotationAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await deleteAnnotation(prisma, { id: form.get("id") }, await currentEditor());
  if (!result.ok) return errorState(result, textValues(form));
  refresh();
  return { status: "success", message: "Annotation deleted." };
}

export async function createExchangeAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await createExchange(prisma, { ...textValues(form), participantIds: form.getAll("participantIds").map(String) }, await currentEditor());
  if (!result.ok) return errorState(result, textValues(form));
  refresh();
  return { status: "success", message: `Exchange “${form.get("title")}” added.` };
}

export async function deleteExchangeAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await deleteExchange(prisma, { id: form.get("id"), confirm: form.get("confirm") }, await currentEditor());
  if (!result.ok) return errorState(result, textValues(form));
  refresh();
  return { status: "success", message: "Exchange deleted." };
}
