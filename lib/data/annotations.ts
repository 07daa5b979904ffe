import type { PrismaClient } from "../../generated/prisma/client";
import { prisma, type Tx } from "../db";
import { reanchor, selectorFor, type TextSelector } from "../text/anchoring";
import { verdictLabel } from "../domain/kinds";
import { annotationEditSchema, annotationFormSchema, fieldErrorsOf } from "../editorial/schemas";
import { invalid, notFound, UNAUTHORISED, type EditorIdentity, type Failure, type Result } from "../editorial/result";

/** An annotation as the views need it: plain, serialisable data. */
export interface AnnotationView {
  id: number;
  statementId: number;
  verdict: string;
  verdictLabel: string;
  note: string;
  sources: string[];
  /** The quoted words (TextQuoteSelector.exact) and where they are in the current text (end exclusive). */
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  /** True when the quoted words are no longer in the statement: show the annotation apart, never drop it. */
  orphaned: boolean;
  anchoredVersion: number;
  /** Grows on every edit of the judgement; an edit must name the version it started from. */
  version: number;
  editorName: string | null;
  createdAt: string;
  /** Set once someone changed the verdict, note or sources after creating it. */
  editedByName: string | null;
  editedAt: string | null;
}

function parseSources(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

type AnnotationRow = Awaited<ReturnType<PrismaClient["annotation"]["findMany"]>>[number] & {
  editor: { name: string } | null;
  editedBy: { name: string } | null;
};

const WITH_NAMES = { editor: { select: { name: true } }, editedBy: { select: { name: true } } } as const;

function toView(row: AnnotationRow): AnnotationView {
  return {
    id: row.id,
    statementId: row.statementId,
    verdict: row.verdict,
    verdictLabel: verdictLabel(row.verdict),
    note: row.note,
    sources: parseSources(row.sources),
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    start: row.start,
    end: row.end,
    orphaned: row.orphaned,
    anchoredVersion: row.anchoredVersion,
    version: row.version,
    editorName: row.editor?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    editedByName: row.editedAt ? (row.editedBy?.name ?? null) : null,
    editedAt: row.editedAt?.toISOString() ?? null,
  };
}

/** A statement's annotations in text order (orphaned ones last). */
export async function listAnnotationsForStatement(statementId: number, db?: PrismaClient): Promise<AnnotationView[]> {
  const rows = await (db ?? prisma).annotation.findMany({
    where: { statementId },
    orderBy: [{ orphaned: "asc" }, { start: "asc" }, { id: "asc" }],
    include: WITH_NAMES,
  });
  return rows.map(toView);
}

/** All annotations on an event's statements, in text order per statement; group them with `groupByStatement`. */
export async function listAnnotationsForEvent(eventId: number, db?: PrismaClient): Promise<AnnotationView[]> {
  const rows = await (db ?? prisma).annotation.findMany({
    where: { statement: { eventId } },
    orderBy: [{ statementId: "asc" }, { orphaned: "asc" }, { start: "asc" }, { id: "asc" }],
    include: WITH_NAMES,
  });
  return rows.map(toView);
}

export function groupByStatement(annotations: AnnotationView[]): Map<number, AnnotationView[]> {
  const groups = new Map<number, AnnotationView[]>();
  for (const annotation of annotations) {
    const list = groups.get(annotation.statementId) ?? [];
    list.push(annotation);
    groups.set(annotation.statementId, list);
  }
  return groups;
}

/**
 * Annotates statement text[start, end). The selection must have been made on the current version of the text
 * (the form sends the version and the quoted words); otherwise the editor is asked to select again.
 */
export async function createAnnotation(
  db: PrismaClient,
  input: unknown,
  editor: EditorIdentity | null,
): Promise<Result<{ annotation: AnnotationView }>> {
  if (!editor) return UNAUTHORISED;
  const parsed = annotationFormSchema.safeParse(input);
  if (!parsed.success) return invalid("The annotation could not be saved. Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const data = parsed.data;
  const statement = await db.statement.findUnique({ where: { id: data.statementId }, select: { id: true, body: true, version: true } });
  if (!statement) return notFound("That statement does not exist (it may have been deleted).");
  if (statement.version !== data.version) {
    return invalid("The statement was edited after you selected the text. Reload the page and select it again.", {
      exact: "The text changed; select it again.",
    });
  }
  const selector = selectorFor(statement.body, data.start, data.end);
  if (!selector || selector.exact !== data.exact) {
    return invalid("The selected words were not found at that place in the statement. Select them again.", {
      exact: "Select the words again.",
    });
  }
  const row = await db.annotation.create({
    data: {
      statementId: statement.id,
      editorId: editor.id,
      verdict: data.verdict,
      note: data.note,
      sources: JSON.stringify(data.sources),
      ...selector,
      anchoredVersion: statement.version,
    },
    include: WITH_NAMES,
  });
  return { ok: true, annotation: toView(row) };
}

/** The refusal of an edit that started from an older version: what is stored now next to what the editor sent. */
function annotationConflict(stored: AnnotationRow, baseVersion: number, yours: { verdict: string; note: string; sources: string[] }): Failure {
  return {
    ok: false,
    status: "conflict",
    message: `Someone changed this annotation (now version ${stored.version}) after you started editing version ${baseVersion}. Nothing was overwritten.`,
    annotationConflict: {
      annotationId: stored.id,
      baseVersion,
      stored: {
        version: stored.version,
        verdict: stored.verdict,
        note: stored.note,
        sources: parseSources(stored.sources),
        editedByName: stored.editedBy?.name ?? stored.editor?.name ?? null,
        updatedAt: stored.updatedAt.toISOString(),
      },
      yours,
    },
  };
}

/**
 * Changes the verdict, note and sources of an annotation and records who did it; the anchor is left alone.
 * Optimistic concurrency like statements: `input.version` must be the stored version, and the write itself is
 * conditional on it (UPDATE … WHERE id AND version), so of N concurrent edits from one version exactly one is saved
 * and the others get status "conflict" with both judgements (nothing is lost).
 */
export async function updateAnnotation(
  db: PrismaClient,
  input: unknown,
  editor: EditorIdentity | null,
): Promise<Result<{ annotation: AnnotationView }>> {
  if (!editor) return UNAUTHORISED;
  const parsed = annotationEditSchema.safeParse(input);
  if (!parsed.success) return invalid("The annotation could not be saved. Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const { id, version, verdict, note, sources } = parsed.data;
  return db.$transaction(async (tx: Tx): Promise<Result<{ annotation: AnnotationView }>> => {
    const { count } = await tx.annotation.updateMany({
      where: { id, version },
      data: { verdict, note, sources: JSON.stringify(sources), editedById: editor.id, editedAt: new Date(), version: { increment: 1 } },
    });
    const row = await tx.annotation.findUnique({ where: { id }, include: WITH_NAMES });
    if (!row) return notFound("That annotation no longer exists (it may have been deleted).");
    if (count === 0) return annotationConflict(row, version, { verdict, note, sources });
    return { ok: true, annotation: toView(row) };
  });
}

export async function deleteAnnotation(
  db: PrismaClient,
  input: { id: unknown },
  editor: EditorIdentity | null,
): Promise<Result<{ statementId: number }>> {
  if (!editor) return UNAUTHORISED;
  const id = Number(input.id);
  if (!Number.isInteger(id) || id <= 0) return invalid("Missing annotation id.");
  const existing = await db.annotation.findUnique({ where: { id }, select: { statementId: true } });
  if (!existing) return notFound("That annotation no longer exists.");
  await db.annotation.delete({ where: { id } });
  return { ok: true, statementId: existing.statementId };
}

/**
 * After a statement's text changed (inside the same transaction): finds every annotation's quote again and moves
 * it; annotations whose words are gone are kept and marked orphaned (with their old selector, for display); an
 * orphaned annotation whose words come back is re-attached.
 */
export async function reanchorAnnotations(tx: Tx, statementId: number, body: string, version: number) {
  const annotations = await tx.annotation.findMany({ where: { statementId } });
  let moved = 0;
  let orphaned = 0;
  for (const annotation of annotations) {
    const selector: TextSelector = annotation;
    const span = reanchor(body, selector);
    if (!span) {
      if (!annotation.orphaned) await tx.annotation.update({ where: { id: annotation.id }, data: { orphaned: true } });
      orphaned += 1;
      continue;
    }
    const fresh = selectorFor(body, span.start, span.end)!;
    await tx.annotation.update({
      where: { id: annotation.id },
      data: { ...fresh, orphaned: false, anchoredVersion: version },
    });
    moved += 1;
  }
  return { moved, orphaned };
}
