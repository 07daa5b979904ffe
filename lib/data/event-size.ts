import { Prisma } from "../../generated/prisma/client";
import type { PrismaClient, Tx } from "../db";
import { characterCount, eventSizeProblem, type EventSize } from "../domain/event-size";

/**
 * The stored size of event `eventId` leaving out statement `exceptStatementId` (the one being edited):
 * `{ statements, characters }`, characters as SQL's length() counts them (code points, in SQLite and PostgreSQL).
 * Summed by the database, so no statement text is read.
 */
export async function storedEventSize(db: PrismaClient | Tx, eventId: number, exceptStatementId: number | null = null): Promise<EventSize> {
  const rows = await db.$queryRaw<{ statements: bigint | number; characters: bigint | number | null }[]>(
    Prisma.sql`SELECT COUNT(*) AS statements, SUM(length(body)) AS characters FROM "Statement"
               WHERE "eventId" = ${eventId} AND id <> ${exceptStatementId ?? -1}`,
  );
  return { statements: Number(rows[0]?.statements ?? 0), characters: Number(rows[0]?.characters ?? 0) };
}

/**
 * Why event `eventId` may not hold `body` as statement `statementId` (null: a new statement), or null when it may:
 * the event as it would be after the write, checked by the shared schema (lib/domain/event-size.ts).
 */
export async function eventSizeProblemWith(db: PrismaClient | Tx, eventId: number, body: string, statementId: number | null = null): Promise<string | null> {
  const others = await storedEventSize(db, eventId, statementId);
  return eventSizeProblem({ statements: others.statements + 1, characters: others.characters + characterCount(body) });
}
