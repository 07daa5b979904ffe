import crypto from "node:crypto";
import type { AnnotationView } from "../data/annotations";
import type { EventWithStatements } from "../data/events";

/**
 * A digest (base64url, 27 characters) of everything an event's reading views, exports and API answers are built
 * from: the event's own fields, each statement's id, version and update time with its party's and its exchange
 * links, the exchanges with their participants, the editors' alignment corrections, and the annotations shown. Any write that changes one of them
 * changes the digest, so a cache keyed by it never serves a stale answer — in this process or any other that reads
 * the same database (no invalidation message needed). Statement text is represented by (id, version, updatedAt).
 */
export function eventContentVersion(event: EventWithStatements, annotations: readonly AnnotationView[] = []): string {
  const parts = {
    event: [event.id, event.slug, event.title, event.summary, event.occurredOn.getTime(), event.updatedAt.getTime()],
    statements: event.statements.map((s) => [
      s.id,
      s.slug,
      s.version,
      s.updatedAt.getTime(),
      s.party.id,
      s.party.updatedAt.getTime(),
      s.exchanges.map((link) => link.exchange.slug),
    ]),
    exchanges: event.exchanges.map((x) => [x.slug, x.kind, x.title, x.occurredOn?.getTime() ?? null, x.participants.map((p) => p.party.slug)]),
    corrections: (event.alignmentCorrections ?? []).map((c) => [c.id, c.version]),
    annotations,
  };
  return crypto.createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 27);
}
