import type { Prisma } from "../../generated/prisma/client";
import { readPrisma, type PrismaClient } from "../db";
import { WITH_CORRECTION_PARTS } from "./corrections";

/** Events newest first, with the parties that spoke and the number of statements (from the read replica, if any). */
export async function listEvents(db: PrismaClient = readPrisma) {
  const events = await db.event.findMany({
    orderBy: [{ occurredOn: "desc" }, { id: "desc" }],
    include: {
      statements: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          updatedAt: true,
          party: { select: { id: true, slug: true, name: true, shortName: true, color: true } },
        },
      },
    },
  });
  return events.map(({ statements, ...event }) => {
    const parties = new Map(statements.map((s) => [s.party.id, s.party]));
    const latestStatementUpdate = new Date(statements.reduce((latest, s) => Math.max(latest, s.updatedAt.getTime()), event.updatedAt.getTime()));
    return { ...event, statementCount: statements.length, parties: [...parties.values()], latestStatementUpdate };
  });
}

export type EventSummary = Awaited<ReturnType<typeof listEvents>>[number];

/** The exchanges a statement reports, by id and slug. */
export const STATEMENT_EXCHANGES = {
  select: { exchangeId: true, exchange: { select: { slug: true, position: true } } },
  orderBy: [{ exchange: { position: "asc" } }, { exchangeId: "asc" }],
} satisfies Prisma.Statement$exchangesArgs;

/**
 * An event's statements in column order, each with its party and the exchanges it reports (ids), the event's
 * exchanges in order, each with its participants, and its alignment corrections, oldest first.
 */
export const WITH_STATEMENTS = {
  statements: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: { party: true, exchanges: STATEMENT_EXCHANGES },
  },
  exchanges: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: { participants: { include: { party: true }, orderBy: { party: { slug: "asc" } } } },
  },
  alignmentCorrections: WITH_CORRECTION_PARTS,
} satisfies Prisma.EventInclude;

/**
 * One event with its statements in column order, each with its party; null when the slug is unknown. Read from
 * `db`: the read replica by default (lib/db.ts, readPrisma); pass `prisma` where the reader must see their own
 * last write (a signed-in editor's event page).
 */
export async function getEvent(slug: string, db: PrismaClient = readPrisma) {
  return db.event.findUnique({ where: { slug }, include: WITH_STATEMENTS });
}

export type EventWithStatements = NonNullable<Awaited<ReturnType<typeof getEvent>>>;
export type StatementWithParty = EventWithStatements["statements"][number];
export type ExchangeWithParticipants = EventWithStatements["exchanges"][number];
