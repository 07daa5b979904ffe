import type { PrismaClient } from "../../generated/prisma/client";
import type { Tx } from "../db";
import { dateOrNull } from "../domain/dates";
import { cleanStatementText } from "../editorial/text";
import { fieldErrorsOf, statementEditSchema, statementMetaSchema, statementSourceSchema } from "../editorial/schemas";
import { invalid, notFound, UNAUTHORISED, type EditorIdentity, type Result } from "../editorial/result";
import { reanchorAnnotations } from "./annotations";
import { defaultSourceRole } from "../domain/kinds";
import { isRecordId } from "../domain/record-id";
import { STATEMENT_EXCHANGES } from "./events";
import { eventSizeProblemWith } from "./event-size";
import { exchangeChoiceProblem, linkStatementExchanges } from "./exchanges";
import { attachSnapshot } from "./snapshots";
import { refreshSearchIndex } from "./search-index";

/** A statement with its event and party, for the statement page and the edit form; null when the id is unknown. */
export async function getStatement(db: PrismaClient, id: number) {
  if (!isRecordId(id)) return null; // beyond the Int column Prisma throws instead of finding nothing
  return db.statement.findUnique({ where: { id }, include: { party: true, event: true, exchanges: STATEMENT_EXCHANGES } });
}

/** Validates metadata + body together so the form shows every field error at once. */
function validateStatement<S extends typeof statementMetaSchema | typeof statementEditSchema>(schema: S, input: Record<string, unknown>) {
  const parsed = schema.safeParse(input);
  const body = cleanStatementText(typeof input.body === "string" ? input.body : "");
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  if (!body.ok) fieldErrors.body = body.error;
  if (!parsed.success || !body.ok) {
    return { ok: false as const, failure: invalid("The statement could not be saved. Check the highlighted fields.", fieldErrors) };
  }
  return { ok: true as const, data: parsed.data as import("zod").infer<S>, body: body.text };
}

/** Rolls back a statement's creation when its imported snapshot cannot be attached (a transaction ends by throwing). */
class AttachFailed extends Error {}

async function partyExists(db: PrismaClient | Tx, partyId: number) {
  return (await db.party.count({ where: { id: partyId } })) > 0;
}

/**
 * Adds a statement (pasted, uploaded or imported text) to an event, as the last column. An import's pending
 * snapshot (`snapshotId`) is attached in the same transaction, and `watch: "on"` starts watching the source URL.
 */
export async function createStatement(
  db: PrismaClient,
  input: Record<string, unknown>,
  editor: EditorIdentity | null,
): Promise<Result<{ statement: { id: number; eventId: number } }>> {
  if (!editor) return UNAUTHORISED;
  const eventId = Number(input.eventId);
  const checked = validateStatement(statementMetaSchema, input);
  if (!checked.ok) return checked.failure;
  const { data: fields, body } = checked;
  const { exchangeIds, sourceRole, ...data } = fields;
  const source = statementSourceSchema.safeParse({ snapshotId: input.snapshotId ?? "", watch: input.watch ?? "" });
  if (!source.success) return invalid("The statement could not be saved.", fieldErrorsOf(source.error));
  if (source.data.watch && !data.sourceUrl) {
    return invalid("Only a statement with a link to its source can be watched.", { watch: "Add the link to the source, or untick “Watch”." });
  }
  const create = db.$transaction(async (tx: Tx) => {
    const event = await tx.event.findUnique({ where: { id: Number.isInteger(eventId) ? eventId : -1 }, select: { id: true } });
    if (!event) return notFound("That event does not exist (it may have been deleted).");
    if (!(await partyExists(tx, data.partyId))) return invalid("Choose a party from the list.", { partyId: "Unknown party." });
    const clash = await tx.statement.findUnique({ where: { eventId_slug: { eventId, slug: data.slug } }, select: { id: true } });
    if (clash) return invalid("Another statement of this event already uses that slug.", { slug: `“${data.slug}” is taken in this event.` });
    const exchangeProblem = await exchangeChoiceProblem(tx, eventId, exchangeIds);
    if (exchangeProblem) return invalid(exchangeProblem, { exchangeIds: exchangeProblem });
    const sizeProblem = await eventSizeProblemWith(tx, eventId, body);
    if (sizeProblem) return invalid(sizeProblem, { body: sizeProblem });
    const last = await tx.statement.aggregate({ where: { eventId }, _max: { position: true } });
    const statement = await tx.statement.create({
      data: {
        ...data,
        sourceRole: sourceRole ?? defaultSourceRole(data.kind),
        publishedOn: dateOrNull(data.publishedOn),
        body,
        eventId,
        position: (last._max.position ?? -1) + 1,
        createdById: editor.id,
      },
      select: { id: true, eventId: true },
    });
    await linkStatementExchanges(tx, statement.id, eventId, exchangeIds);
    if (source.data.snapshotId) {
      const problem = await attachSnapshot(tx, source.data.snapshotId, statement.id, source.data.watch);
      if (problem) throw new AttachFailed(problem);
    } else if (source.data.watch) {
      await tx.sourceWatch.create({ data: { statementId: statement.id } });
    }
    await refreshSearchIndex(tx);
    return { ok: true as const, statement };
  });
  return create.catch((error: unknown) => {
    if (error instanceof AttachFailed) return invalid(error.message, { snapshotId: error.message });
    throw error;
  });
}

/**
 * Saves an edit made from `version`. If the stored version moved on, nothing is written and the result carries both
 * texts (conflict). A changed text keeps the previous one as a revision (who, when, why), bumps the version and
 * re-anchors the annotations; a metadata-only change keeps the version.
 */
export async function updateStatement(
  db: PrismaClient,
  input: Record<string, unknown>,
  editor: EditorIdentity | null,
): Promise<Result<{ statement: { id: number; version: number }; textChanged: boolean }>> {
  if (!editor) return UNAUTHORISED;
  const checked = validateStatement(statementEditSchema, input);
  if (!checked.ok) return checked.failure;
  const { data, body } = checked;
  const { id, version, reason, exchangeIds, sourceRole, ...meta } = data;
  return db.$transaction(async (tx: Tx) => {
    const stored = await tx.statement.findUnique({ where: { id } });
    if (!stored) return notFound("That statement does not exist (it may have been deleted).");
    if (stored.version !== version) {
      return {
        ok: false as const,
        status: "conflict" as const,
        message: `Someone saved this statement (now version ${stored.version}) after you started editing version ${version}. Nothing was overwritten.`,
        conflict: {
          statementId: id,
          baseVersion: version,
          stored: { version: stored.version, title: stored.title, body: stored.body, updatedAt: stored.updatedAt.toISOString() },
          yours: { title: meta.title, body, reason },
        },
      };
    }
    if (!(await partyExists(tx, meta.partyId))) return invalid("Choose a party from the list.", { partyId: "Unknown party." });
    if (meta.slug !== stored.slug) {
      const clash = await tx.statement.findUnique({ where: { eventId_slug: { eventId: stored.eventId, slug: meta.slug } }, select: { id: true } });
      if (clash) return invalid("Another statement of this event already uses that slug.", { slug: `“${meta.slug}” is taken in this event.` });
    }
    const exchangeProblem = await exchangeChoiceProblem(tx, stored.eventId, exchangeIds);
    if (exchangeProblem) return invalid(exchangeProblem, { exchangeIds: exchangeProblem });
    const textChanged = body !== stored.body;
    const sizeProblem = textChanged ? await eventSizeProblemWith(tx, stored.eventId, body, id) : null;
    if (sizeProblem) return invalid(sizeProblem, { body: sizeProblem });
    if (textChanged && !reason) {
      return invalid("Say why the text changed (e.g. “fixed a typo”): it is kept in the revision history.", {
        reason: "Give a reason for the text change.",
      });
    }
    const nextVersion = textChanged ? stored.version + 1 : stored.version;
    // The version in the WHERE clause makes the check-and-write atomic even against a concurrent writer.
    const written = await tx.statement.updateMany({
      where: { id, version },
      data: { ...meta, sourceRole: sourceRole ?? defaultSourceRole(meta.kind), publishedOn: dateOrNull(meta.publishedOn), body, version: nextVersion },
    });
    if (written.count !== 1) throw new Error("Statement changed during save");
    await linkStatementExchanges(tx, id, stored.eventId, exchangeIds);
    if (textChanged) {
      await tx.statementRevision.create({
        data: { statementId: id, version: stored.version, title: stored.title, body: stored.body, editorId: editor.id, reason },
      });
      await reanchorAnnotations(tx, id, body, nextVersion);
    }
    await refreshSearchIndex(tx);
    return { ok: true as const, statement: { id, version: nextVersion }, textChanged };
  });
}

/** Deletes a statement with its revisions and annotations, only when the form confirmed it. */
export async function deleteStatement(
  db: PrismaClient,
  input: { id: unknown; confirm?: unknown },
  editor: EditorIdentity | null,
): Promise<Result<{ eventId: number; eventSlug: string }>> {
  if (!editor) return UNAUTHORISED;
  const id = Number(input.id);
  if (input.confirm !== "delete") return invalid("Tick the box to confirm the deletion.", { confirm: "Confirm the deletion." });
  const stored = await db.statement.findUnique({ where: { id: Number.isInteger(id) ? id : -1 }, include: { event: { select: { slug: true } } } });
  if (!stored) return notFound("That statement does not exist (it may already have been deleted).");
  await db.statement.delete({ where: { id } });
  return { ok: true, eventId: stored.eventId, eventSlug: stored.event.slug };
}
