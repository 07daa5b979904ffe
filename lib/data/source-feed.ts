import type { PrismaClient } from "../../generated/prisma/client";

/** A change at source as the feeds show it: the statement, its event and party, and the texts before and after. */
export interface SourceChangeEntry {
  checkId: number;
  detectedAt: Date;
  statement: { id: number; title: string; sourceUrl: string | null };
  party: string;
  event: { slug: string; title: string };
  fromVersion: number;
  toVersion: number;
  before: string;
  after: string;
}

/**
 * The latest changes at source (newest first, at most `limit`), across all events or for one event's slug. Returns
 * null when the event slug is unknown.
 */
export async function listSourceChanges(db: PrismaClient, options: { eventSlug?: string; limit?: number } = {}): Promise<SourceChangeEntry[] | null> {
  let eventId: number | undefined;
  if (options.eventSlug !== undefined) {
    const event = await db.event.findUnique({ where: { slug: options.eventSlug }, select: { id: true } });
    if (!event) return null;
    eventId = event.id;
  }
  const checks = await db.sourceCheck.findMany({
    where: { outcome: "changed", ...(eventId ? { statement: { eventId } } : {}) },
    orderBy: [{ checkedAt: "desc" }, { id: "desc" }],
    take: options.limit ?? 50,
    include: { statement: { select: { id: true, title: true, sourceUrl: true, party: { select: { name: true } }, event: { select: { slug: true, title: true } } } } },
  });
  const snapshotIds = checks.flatMap((check) => [check.beforeSnapshotId, check.afterSnapshotId]).filter((id): id is number => id !== null);
  const snapshots = await db.sourceSnapshot.findMany({ where: { id: { in: snapshotIds } }, select: { id: true, extractedText: true } });
  const textOf = new Map(snapshots.map((snapshot) => [snapshot.id, snapshot.extractedText]));
  return checks.map((check) => ({
    checkId: check.id,
    detectedAt: check.checkedAt,
    statement: { id: check.statement.id, title: check.statement.title, sourceUrl: check.statement.sourceUrl },
    party: check.statement.party.name,
    event: check.statement.event,
    fromVersion: check.fromVersion ?? 0,
    toVersion: check.toVersion ?? 0,
    before: textOf.get(check.beforeSnapshotId ?? -1) ?? "",
    after: textOf.get(check.afterSnapshotId ?? -1) ?? "",
  }));
}
