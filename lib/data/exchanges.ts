import type { Tx } from "../db";
import type { BundleEvent, BundleExchange } from "../domain/bundle-schema";
import { dateOrNull } from "../domain/dates";
import { defaultSourceRole, WHOLE_EVENT_EXCHANGE } from "../domain/kinds";

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
  for (const statement of event.statements) {
    const statementId = statementIds.get(statement.slug);
    if (statementId === undefined) continue;
    const want = (statement.exchanges ?? wanted.map((x) => x.slug)).map((slug) => exchangeIds.get(slug)!);
    const have = (await tx.statementExchange.findMany({ where: { statementId }, select: { exchangeId: true } })).map((l) => l.exchangeId);
    if (sameIds(have, want)) continue;
    linksChanged = true;
    await tx.statementExchange.deleteMany({ where: { statementId } });
    await tx.statementExchange.createMany({ data: want.map((exchangeId) => ({ statementId, exchangeId })) });
  }
  // Links changed without an exchange row changing: count it once, so a re-run that writes nothing says so.
  if (linksChanged && result.updated === 0 && result.created === 0) {
    result.updated += 1;
    result.unchanged -= 1;
  }
  return result;
}
