import type { PrismaClient } from "../../generated/prisma/client";
import type { Tx } from "../db";
import { dateOrNull } from "../domain/dates";
import { defaultSourceRole } from "../domain/kinds";
import { eventFormSchema, fieldErrorsOf } from "../editorial/schemas";
import { invalid, notFound, UNAUTHORISED, type EditorIdentity, type Result } from "../editorial/result";
import { WITH_STATEMENTS } from "./events";
import { wholeEventExchange, writeEventExchanges } from "./exchanges";
import { chunks, yieldToEventLoop } from "./batches";
import { insertStatements } from "./bulk-insert";
import { refreshSearchIndex } from "./search-index";
import { parseBundleOffThread } from "../jobs/bundle-parse";

export { parseBundle } from "../editorial/parse-bundle";

// ---------------------------------------------------------------- events (create, edit, delete)

export async function getEventById(db: PrismaClient, id: number) {
  if (!Number.isInteger(id) || id <= 0) return null;
  return db.event.findUnique({ where: { id }, include: WITH_STATEMENTS });
}

/** The event's id when it exists (a check before writing, without loading its statements). */
async function findEvent(db: PrismaClient, id: number) {
  if (!Number.isInteger(id) || id <= 0) return null;
  return db.event.findUnique({ where: { id }, select: { id: true } });
}

export async function createEvent(db: PrismaClient, input: unknown, editor: EditorIdentity | null): Promise<Result<{ event: { id: number; slug: string } }>> {
  if (!editor) return UNAUTHORISED;
  const parsed = eventFormSchema.safeParse(input);
  if (!parsed.success) return invalid("The event could not be saved. Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const { occurredOn, ...data } = parsed.data;
  if (await db.event.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
    return invalid("Another event already uses that slug.", { slug: `“${data.slug}” is taken.` });
  }
  // Every event holds at least one exchange; more can be added in the editor.
  const event = await db.event.create({
    data: { ...data, occurredOn: dateOrNull(occurredOn)!, exchanges: { create: wholeEventExchange(data.title, dateOrNull(occurredOn)!) } },
    select: { id: true, slug: true },
  });
  await refreshSearchIndex(db);
  return { ok: true, event };
}

export async function updateEvent(
  db: PrismaClient,
  input: Record<string, unknown>,
  editor: EditorIdentity | null,
): Promise<Result<{ event: { id: number; slug: string } }>> {
  if (!editor) return UNAUTHORISED;
  const id = Number(input.id);
  const parsed = eventFormSchema.safeParse(input);
  if (!parsed.success) return invalid("The event could not be saved. Check the highlighted fields.", fieldErrorsOf(parsed.error));
  if (!(await findEvent(db, id))) return notFound("That event does not exist (it may have been deleted).");
  const { occurredOn, ...data } = parsed.data;
  const clash = await db.event.findUnique({ where: { slug: data.slug }, select: { id: true } });
  if (clash && clash.id !== id) return invalid("Another event already uses that slug.", { slug: `“${data.slug}” is taken.` });
  // The index row is dropped by a trigger in the update's own statement; refill it straight away.
  await db.$transaction(async (tx) => {
    await tx.event.update({ where: { id }, data: { ...data, occurredOn: dateOrNull(occurredOn)! } });
    await refreshSearchIndex(tx);
  });
  return { ok: true, event: { id, slug: data.slug } };
}

/** Deletes an event with all its statements, their revisions and annotations (after an explicit confirmation). */
export async function deleteEvent(db: PrismaClient, input: { id: unknown; confirm?: unknown }, editor: EditorIdentity | null): Promise<Result> {
  if (!editor) return UNAUTHORISED;
  if (input.confirm !== "delete") return invalid("Tick the box to confirm the deletion.", { confirm: "Confirm the deletion." });
  const stored = await findEvent(db, Number(input.id));
  if (!stored) return notFound("That event does not exist (it may already have been deleted).");
  await db.event.delete({ where: { id: stored.id } });
  return { ok: true };
}

// ---------------------------------------------------------------- JSON bundle import

export interface ImportSummary {
  events: { id: number; slug: string; title: string }[];
  partiesCreated: number;
  partiesReused: number;
  statementsCreated: number;
}

/** The longest a bundle import may hold its transaction (ms). */
const IMPORT_TIMEOUT_MS = 120_000;

/**
 * Imports a bundle all-or-nothing in one transaction. Events must be new (an existing event slug is refused);
 * a party whose slug already exists is reused as stored (not changed). Any problem → nothing is written.
 */
export async function importBundle(db: PrismaClient, json: string, editor: EditorIdentity | null): Promise<Result<{ summary: ImportSummary }>> {
  if (!editor) return UNAUTHORISED;
  // Parsed and validated in a worker thread: ~0.4 s of CPU for 10,000 statements (seconds under load) that would
  // otherwise hold every other request of the process.
  const parsed = await parseBundleOffThread(json);
  if (!parsed.ok) return parsed;
  const { bundle } = parsed;
  const taken = await db.event.findMany({ where: { slug: { in: bundle.events.map((e) => e.slug) } }, select: { slug: true } });
  if (taken.length) {
    const problems = taken.map(({ slug }) => `events: an event with the slug “${slug}” already exists`);
    return { ...invalid("The bundle clashes with events already stored; nothing was imported."), problems };
  }
  const summary = await db.$transaction(async (tx: Tx) => {
    const result: ImportSummary = { events: [], partiesCreated: 0, partiesReused: 0, statementsCreated: 0 };
    const partyIds = new Map<string, number>();
    for (const party of bundle.parties) {
      const stored = await tx.party.findUnique({ where: { slug: party.slug }, select: { id: true } });
      if (stored) result.partiesReused += 1;
      else result.partiesCreated += 1;
      partyIds.set(party.slug, stored?.id ?? (await tx.party.create({ data: party, select: { id: true } })).id);
    }
    // Awaited queries on SQLite end in microtasks, which never let a timer or another request in: yield here and
    // after each large step, so the longest stall is one step, not the whole import.
    await yieldToEventLoop();
    for (const event of bundle.events) {
      const created = await tx.event.create({
        data: { slug: event.slug, title: event.title, occurredOn: dateOrNull(event.occurredOn)!, summary: event.summary },
      });
      // In batches of WRITE_BATCH_ROWS (one INSERT each), yielding between them, so a 10,000-statement bundle
      // neither sends 10,000 awaited inserts nor holds the event loop for the whole import.
      await yieldToEventLoop();
      const rows = event.statements.map(({ party, publishedOn, sourceRole, ...fields }, position) => {
        const { exchanges, ...columns } = fields;
        void exchanges; // links are rows of their own, written below
        return {
          ...columns,
          sourceRole: sourceRole ?? defaultSourceRole(columns.kind),
          publishedOn: dateOrNull(publishedOn),
          position,
          eventId: created.id,
          partyId: partyIds.get(party)!,
          createdById: editor.id,
        };
      });
      for (const batch of chunks(rows)) {
        await insertStatements(tx, batch);
        await yieldToEventLoop();
      }
      // The links to exchanges are written by writeEventExchanges below, which needs the new ids.
      await yieldToEventLoop();
      const stored = await tx.statement.findMany({ where: { eventId: created.id }, select: { id: true, slug: true } });
      await yieldToEventLoop();
      const statementIds = new Map(stored.map((s) => [s.slug, s.id]));
      result.statementsCreated += rows.length;
      await writeEventExchanges(tx, created.id, event, partyIds, statementIds);
      result.events.push({ id: created.id, slug: created.slug, title: created.title });
    }
    await refreshSearchIndex(tx);
    return result;
    // A 10,000-statement bundle takes tens of seconds in batches; the default 5 s would abort it half way.
  }, { timeout: IMPORT_TIMEOUT_MS, maxWait: IMPORT_TIMEOUT_MS });
  return { ok: true, summary };
}
