import type { PrismaClient } from "../../generated/prisma/client";
import type { Tx } from "../db";
import type { BundleEvent, BundleExchange } from "../domain/bundle-schema";
import { dateOrNull } from "../domain/dates";
import { defaultSourceRole, WHOLE_EVENT_EXCHANGE } from "../domain/kinds";
import { invalid, notFound, UNAUTHORISED, type EditorIdentity, type Result } from "../editorial/result";
import { exchangeFormSchema, fieldErrorsOf } from "../editorial/schemas";
import { chunks, yieldToEventLoop } from "./batches";
import { insertStatementExchanges } from "./bulk-insert";

/** What writing an event's exchanges did: exchanges created, changed (or with changed links), left as they were. */
export interface ExchangeWriteResult {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * The exchanges a bundle event holds: its own list, or — when it lists none — one exchange for the whole event,
 * dated like the event, whose participants are the parties of its primary statements (as the migration does).
 */
export function exchangesOfBundleEvent(event: BundleEvent): BundleExchange[] {
  if (event.exchanges) return event.exchanges;
  const participants = [
    ...new Set(event.statements.filter((s) => (s.sourceRole ?? defaultSourceRole(s.kind)) === "primary").map((s) => s.party)),
  ];
  return [{ slug: WHOLE_EVENT_EXCHANGE, kind: "other", title: event.title, occurredOn: event.occurredOn, participants }];
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && [...a].sort((x, y) => x - y).every((id, i) => id === [...b].sort((x, y) => x - y)[i]);
}

/**
 * Makes an event's exchanges, their participants and the statement↔exchange links exactly what the bundle event
 * says (inside the caller's transaction). Exchanges of the event the bundle does not name are deleted (the bundle is
 * the event's whole description, as for the seed). A statement without `exchanges` reports every exchange.
 * `partyIds` and `statementIds` map slugs to database ids; a statement slug missing from `statementIds` is skipped.
 */
export async function writeEventExchanges(
  tx: Tx,
  eventId: number,
  event: BundleEvent,
  partyIds: ReadonlyMap<string, number>,
  statementIds: ReadonlyMap<string, number>,
): Promise<ExchangeWriteResult> {
  const result: ExchangeWriteResult = { created: 0, updated: 0, unchanged: 0 };
  const wanted = exchangesOfBundleEvent(event);
  const exchangeIds = new Map<string, number>();
  const partyId = async (slug: string) => partyIds.get(slug) ?? (await tx.party.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

  for (const [position, exchange] of wanted.entries()) {
    const data = { position, kind: exchange.kind, title: exchange.title, occurredOn: dateOrNull(exchange.occurredOn) };
    const participantIds = await Promise.all(exchange.participants.map(partyId));
    const stored = await tx.exchange.findUnique({
      where: { eventId_slug: { eventId, slug: exchange.slug } },
      include: { participants: { select: { partyId: true } } },
    });
    if (!stored) {
      const created = await tx.exchange.create({
        data: { ...data, eventId, slug: exchange.slug, participants: { create: participantIds.map((id) => ({ partyId: id })) } },
      });
      exchangeIds.set(exchange.slug, created.id);
      result.created += 1;
      continue;
    }
    exchangeIds.set(exchange.slug, stored.id);
    const changed =
      stored.position !== data.position ||
      stored.kind !== data.kind ||
      stored.title !== data.title ||
      (stored.occurredOn?.getTime() ?? null) !== (data.occurredOn?.getTime() ?? null) ||
      !sameIds(stored.participants.map((p) => p.partyId), participantIds);
    if (changed) {
      await tx.exchange.update({ where: { id: stored.id }, data });
      await tx.exchangeParticipant.deleteMany({ where: { exchangeId: stored.id } });
      await tx.exchangeParticipant.createMany({ data: participantIds.map((id) => ({ exchangeId: stored.id, partyId: id })) });
      result.updated += 1;
    } else result.unchanged += 1;
  }

  const dropped = await tx.exchange.deleteMany({ where: { eventId, slug: { notIn: wanted.map((x) => x.slug) } } });
  let linksChanged = dropped.count > 0;
  // Links of all the event's statements read in one query and rewritten in batches (a bundle may hold 10,000
  // statements: three awaited queries per statement held the import for tens of seconds).
  const haveByStatement = new Map<number, number[]>();
  for (const link of await tx.statementExchange.findMany({ where: { exchange: { eventId } }, select: { statementId: true, exchangeId: true } })) {
    haveByStatement.set(link.statementId, [...(haveByStatement.get(link.statementId) ?? []), link.exchangeId]);
  }
  const changed: number[] = [];
  const links: { statementId: number; exchangeId: number }[] = [];
  for (const statement of event.statements) {
    const statementId = statementIds.get(statement.slug);
    if (statementId === undefined) continue;
    const want = (statement.exchanges ?? wanted.map((x) => x.slug)).map((slug) => exchangeIds.get(slug)!);
    if (sameIds(haveByStatement.get(statementId) ?? [], want)) continue;
    changed.push(statementId);
    for (const exchangeId of want) links.push({ statementId, exchangeId });
  }
  if (changed.length) {
    linksChanged = true;
    // Only statements that have links lose them (none in a new event); a yield after each batch, as for the inserts.
    for (const batch of chunks(changed.filter((id) => haveByStatement.has(id)))) {
      await tx.statementExchange.deleteMany({ where: { statementId: { in: batch } } });
      await yieldToEventLoop();
    }
    for (const batch of chunks(links)) {
      await insertStatementExchanges(tx, batch);
      await yieldToEventLoop();
    }
  }
  // Links changed without an exchange row changing: count it once, so a re-run that writes nothing says so.
  if (linksChanged && result.updated === 0 && result.created === 0) {
    result.updated += 1;
    result.unchanged -= 1;
  }
  return result;
}

// ---------------------------------------------------------------- editor: statements' exchanges, add and delete

/** The event's exchange for everything when it has none yet (an event made in the editor starts with it). */
export function wholeEventExchange(title: string, occurredOn: Date) {
  return { slug: WHOLE_EVENT_EXCHANGE, kind: "other", title, occurredOn, position: 0 };
}

/** An error message when some of `exchangeIds` are not exchanges of the event, else null (check before writing). */
export async function exchangeChoiceProblem(tx: Tx, eventId: number, exchangeIds: readonly number[]): Promise<string | null> {
  if (exchangeIds.length === 0) return null;
  const found = await tx.exchange.count({ where: { eventId, id: { in: [...new Set(exchangeIds)] } } });
  return found === new Set(exchangeIds).size ? null : "Choose exchanges of this event.";
}

/**
 * Links a statement to exactly `exchangeIds` (exchanges of its event: check with exchangeChoiceProblem first), or to
 * every exchange of the event when the list is empty (creating the whole-event exchange if the event has none).
 * Runs inside the caller's transaction.
 */
export async function linkStatementExchanges(tx: Tx, statementId: number, eventId: number, exchangeIds: readonly number[]): Promise<void> {
  let exchanges = await tx.exchange.findMany({ where: { eventId }, select: { id: true } });
  if (exchanges.length === 0) {
    const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { title: true, occurredOn: true } });
    exchanges = [await tx.exchange.create({ data: { ...wholeEventExchange(event.title, event.occurredOn), eventId }, select: { id: true } })];
  }
  const wanted = exchangeIds.length ? [...new Set(exchangeIds)] : exchanges.map((x) => x.id);
  await tx.statementExchange.deleteMany({ where: { statementId } });
  await tx.statementExchange.createMany({ data: wanted.map((exchangeId) => ({ statementId, exchangeId })) });
}

/** Adds an exchange to an event (slug unique within it), with its participants. */
export async function createExchange(db: PrismaClient, input: unknown, editor: EditorIdentity | null): Promise<Result<{ exchange: { id: number } }>> {
  if (!editor) return UNAUTHORISED;
  const parsed = exchangeFormSchema.safeParse(input);
  if (!parsed.success) return invalid("The exchange could not be saved. Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const { eventId, participantIds, occurredOn, ...data } = parsed.data;
  return db.$transaction(async (tx: Tx) => {
    if (!(await tx.event.findUnique({ where: { id: eventId }, select: { id: true } }))) return notFound("That event does not exist (it may have been deleted).");
    if (await tx.exchange.findUnique({ where: { eventId_slug: { eventId, slug: data.slug } }, select: { id: true } })) {
      return invalid("Another exchange of this event already uses that slug.", { slug: `“${data.slug}” is taken in this event.` });
    }
    if ((await tx.party.count({ where: { id: { in: participantIds } } })) !== new Set(participantIds).size) {
      return invalid("Choose participants from the list.", { participantIds: "Unknown party." });
    }
    const last = await tx.exchange.aggregate({ where: { eventId }, _max: { position: true } });
    const exchange = await tx.exchange.create({
      data: {
        ...data,
        occurredOn: dateOrNull(occurredOn),
        eventId,
        position: (last._max.position ?? -1) + 1,
        participants: { create: [...new Set(participantIds)].map((partyId) => ({ partyId })) },
      },
      select: { id: true },
    });
    return { ok: true as const, exchange };
  });
}

/**
 * Deletes an exchange after an explicit confirmation. Refused while a statement reports only this exchange: every
 * statement must stay in at least one exchange.
 */
export async function deleteExchange(db: PrismaClient, input: { id: unknown; confirm?: unknown }, editor: EditorIdentity | null): Promise<Result> {
  if (!editor) return UNAUTHORISED;
  if (input.confirm !== "delete") return invalid("Tick the box to confirm the deletion.", { confirm: "Confirm the deletion." });
  const id = Number(input.id);
  return db.$transaction(async (tx: Tx) => {
    const stored = await tx.exchange.findUnique({
      where: { id: Number.isInteger(id) && id > 0 ? id : -1 },
      include: { statements: { include: { statement: { select: { title: true, _count: { select: { exchanges: true } } } } } } },
    });
    if (!stored) return notFound("That exchange does not exist (it may already have been deleted).");
    const orphans = stored.statements.filter((link) => link.statement._count.exchanges === 1).map((link) => `“${link.statement.title}”`);
    if (orphans.length) return invalid(`${orphans.join(", ")} report${orphans.length === 1 ? "s" : ""} only this exchange: link ${orphans.length === 1 ? "it" : "them"} to another exchange first.`);
    await tx.exchange.delete({ where: { id: stored.id } });
    return { ok: true as const };
  });
}
