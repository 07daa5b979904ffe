import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { Tx } from "../db";
import type { AlignmentCorrection, CorrectionKind } from "../compare/corrections";
import { correctionFormSchema, correctionResetSchema, fieldErrorsOf } from "../editorial/schemas";
import { invalid, notFound, UNAUTHORISED, type EditorIdentity, type Failure, type Result } from "../editorial/result";
import { selectorFor } from "../text/anchoring";

/** What an event load includes of its alignment corrections (lib/data/events.ts WITH_STATEMENTS), oldest first. */
export const WITH_CORRECTION_PARTS = {
  orderBy: { id: "asc" },
  include: {
    editor: { select: { name: true } },
    subjectStatement: { select: { slug: true } },
    targetStatement: { select: { slug: true } },
  },
} satisfies Prisma.Event$alignmentCorrectionsArgs;

export type StoredCorrection = Prisma.AlignmentCorrectionGetPayload<typeof WITH_CORRECTION_PARTS>;

/**
 * Stored corrections as the engine takes them (lib/compare/corrections.ts): statements by slug (the engine's
 * statement id), anchors as text selectors, credit as the editor's name and an ISO time.
 */
export function engineCorrections(stored: readonly StoredCorrection[]): AlignmentCorrection[] {
  return stored.map((c) => ({
    id: c.id,
    kind: c.kind as CorrectionKind,
    subject: { statementId: c.subjectStatement.slug, exact: c.subjectExact, prefix: c.subjectPrefix, suffix: c.subjectSuffix, start: c.subjectStart, end: c.subjectEnd },
    target:
      c.targetStatement && c.targetExact !== null && c.targetStart !== null && c.targetEnd !== null
        ? { statementId: c.targetStatement.slug, exact: c.targetExact, prefix: c.targetPrefix ?? "", suffix: c.targetSuffix ?? "", start: c.targetStart, end: c.targetEnd }
        : null,
    editorName: c.editor?.name ?? null,
    createdAt: c.createdAt.toISOString(),
  }));
}

/**
 * A stamp of an event's corrections, `<count>:<highest id>`: ids only grow, so any correction added or deleted since
 * a page was rendered changes it. A write names the stamp its page showed; a different one is a conflict.
 */
export function alignmentStamp(corrections: readonly { id: number }[]): string {
  let highest = 0;
  for (const c of corrections) if (c.id > highest) highest = c.id;
  return `${corrections.length}:${highest}`;
}

/** Each correction's id and version as a reset form sends them: `id@version,…`. */
export function correctionVersions(corrections: readonly { id: number; version: number }[]): string {
  return corrections.map((c) => `${c.id}@${c.version}`).join(",");
}

const STALE: Failure = {
  ok: false,
  status: "conflict",
  message: "Someone corrected this event's alignment after you opened the page. Nothing was changed; reload to see the rows as they are now.",
};

async function stampNow(tx: Tx, eventId: number): Promise<string> {
  return alignmentStamp(await tx.alignmentCorrection.findMany({ where: { eventId }, select: { id: true } }));
}

type SegmentRef = { statementId: number; version: number; start: number; end: number };

/** The anchor columns of a segment, or the failure that says why it cannot be anchored. */
async function anchorOf(tx: Tx, eventId: number, ref: SegmentRef, prefix: "subject" | "target") {
  const statement = await tx.statement.findUnique({ where: { id: ref.statementId }, select: { id: true, eventId: true, body: true, version: true } });
  if (!statement || statement.eventId !== eventId) return notFound("That statement is not part of this event (it may have been deleted).");
  if (statement.version !== ref.version) {
    return { ...STALE, message: "The statement was edited after you opened the page. Nothing was changed; reload and correct the rows again." } satisfies Failure;
  }
  const selector = selectorFor(statement.body, ref.start, ref.end);
  if (!selector) return invalid("That sentence is not in the statement. Reload the page.", { [prefix]: "Choose a sentence again." });
  return {
    [`${prefix}StatementId`]: statement.id,
    [`${prefix}Exact`]: selector.exact,
    [`${prefix}Prefix`]: selector.prefix,
    [`${prefix}Suffix`]: selector.suffix,
    [`${prefix}Start`]: selector.start,
    [`${prefix}End`]: selector.end,
    [`${prefix}Version`]: statement.version,
  };
}

const isFailure = (value: object): value is Failure => (value as { ok?: unknown }).ok === false;

/** Thrown inside a transaction to roll it back with a failure to return. */
class Refusal extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

/**
 * Stores an editor's correction of an event's alignment (input: correctionFormSchema). Refused (nothing written) for
 * an anonymous caller, bad input, a statement of another event, a statement edited since the page was rendered, or
 * an event whose corrections changed since then (`seen`, status "conflict"). Written in one transaction that also
 * touches the event, so API validators (ETag, Last-Modified) change.
 */
export async function createCorrection(db: PrismaClient, input: unknown, editor: EditorIdentity | null): Promise<Result<{ id: number }>> {
  if (!editor) return UNAUTHORISED;
  const parsed = correctionFormSchema.safeParse(input);
  if (!parsed.success) return invalid("The correction could not be saved.", fieldErrorsOf(parsed.error));
  const { eventId, kind, seen, subject, target } = parsed.data;
  try {
    return await db.$transaction(async (tx: Tx): Promise<Result<{ id: number }>> => {
      if (!(await tx.event.findUnique({ where: { id: eventId }, select: { id: true } }))) return notFound("That event no longer exists.");
      if ((await stampNow(tx, eventId)) !== seen) return STALE;
      const subjectColumns = await anchorOf(tx, eventId, subject, "subject");
      if (isFailure(subjectColumns)) return subjectColumns;
      const targetColumns = target ? await anchorOf(tx, eventId, target, "target") : {};
      if (isFailure(targetColumns)) return targetColumns;
      const created = await tx.alignmentCorrection.create({
        data: { eventId, kind, editorId: editor.id, ...subjectColumns, ...targetColumns } as Prisma.AlignmentCorrectionUncheckedCreateInput,
        select: { id: true },
      });
      await tx.event.update({ where: { id: eventId }, data: { updatedAt: new Date() } });
      return { ok: true, id: created.id };
    });
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    throw error;
  }
}

/**
 * "Reset to automatic": deletes the named corrections of an event (input: correctionResetSchema), all or none. Each
 * is deleted only at the version the editor saw (DELETE … WHERE id AND version AND eventId); if any is gone or
 * changed, or the event's corrections changed since the page was rendered, nothing is deleted (status "conflict").
 */
export async function resetCorrections(db: PrismaClient, input: unknown, editor: EditorIdentity | null): Promise<Result<{ deleted: number }>> {
  if (!editor) return UNAUTHORISED;
  const parsed = correctionResetSchema.safeParse(input);
  if (!parsed.success) return invalid("Nothing was reset.", fieldErrorsOf(parsed.error));
  const { eventId, seen, corrections } = parsed.data;
  try {
    return await db.$transaction(async (tx: Tx): Promise<Result<{ deleted: number }>> => {
      if ((await stampNow(tx, eventId)) !== seen) return STALE;
      for (const { id, version } of corrections) {
        const { count } = await tx.alignmentCorrection.deleteMany({ where: { id, version, eventId } });
        if (count === 0) throw new Refusal(STALE);
      }
      await tx.event.update({ where: { id: eventId }, data: { updatedAt: new Date() } });
      return { ok: true, deleted: corrections.length };
    });
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    throw error;
  }
}
