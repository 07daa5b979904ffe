import type { Event, Exchange, Party, Statement } from "@/generated/prisma/client";
import { createTempDatabase, type TempDatabase } from "./temp-db";

/**
 * The database fixture of the tests that read an event back through lib (exports, routes, the proxy): a fresh
 * migrated database (temp-db.ts) with DATABASE_URL pointing at it, so lib/db and the route handlers read it; rows
 * written straight through Prisma, one at a time in the order given, so their ids follow that order (tests put
 * statement ids in addresses and file names); and the teardown. Nothing goes through lib/data: these tests check what
 * lib reads back, not how the editor writes.
 */

/** A party: its slug, name, short name, kind (government | presidency | ministry | media | …) and colour (#rrggbb). */
export type PartySpec = readonly [slug: string, name: string, shortName: string, kind: string, color: string];

/** The ministry whose readouts the version, history and route tests compare. */
export const MINISTRY: PartySpec = ["ministry", "Ministry of Test Affairs", "MTA", "ministry", "#336699"];
/** A news outlet that retells the ministry's readout. */
export const OUTLET: PartySpec = ["outlet", "Test Outlet", "TO", "media", "#993366"];

/** An exchange (a call, a meeting …) of the event, and the parties taking part in it. */
export interface ExchangeSpec {
  slug: string;
  /** Its order in the event; the schema's 0 when left out. */
  position?: number;
  kind: string;
  title: string;
  participantIds: readonly number[];
}

/** A statement of the event. */
export interface StatementSpec {
  slug: string;
  partyId: number;
  body: string;
  /** The slug when left out. */
  title?: string;
  /** The slug when left out. */
  sourceName?: string;
  /** Column order; the schema's 0 when left out. */
  position?: number;
  /** A retelling (sourceRole "secondary", which never omits anything) rather than the party's own account. */
  secondary?: boolean;
  /** "official_readout" when left out, "news_report" for a secondary source. */
  kind?: string;
  sourceUrl?: string;
  /** Its current version (the schema's 1 when left out); the earlier ones are revisions (ExportFixture.revisions). */
  version?: number;
  /** The exchanges (ids) it reports; none when left out. */
  exchangeIds?: readonly number[];
  /** A fixed id, for a test that needs a known one; the next free id when left out. */
  id?: number;
}

/** An earlier version of a statement. */
export interface RevisionSpec {
  version: number;
  body: string;
  /** The statement's title when left out. */
  title?: string;
  /** The schema's "" when left out. */
  reason?: string;
}

/** What openExportFixture gives: the database and the writers of its rows, each resolving to the rows it made. */
export interface ExportFixture {
  db: TempDatabase;
  /** Creates the parties in the order given; returns them in that order. */
  parties(specs: readonly PartySpec[]): Promise<Party[]>;
  /** Creates an event; `occurredOn` is a date (or date-time) string as `new Date()` reads it, "2026-10-02". */
  event(slug: string, title: string, occurredOn: string): Promise<Event>;
  /** Creates an exchange of event `eventId` with its participants. */
  exchange(eventId: number, spec: ExchangeSpec): Promise<Exchange>;
  /** Creates a statement of event `eventId`, linked to the exchanges it names. */
  statement(eventId: number, spec: StatementSpec): Promise<Statement>;
  /** Creates the statements in the order given; returns them in that order. */
  statements(eventId: number, specs: readonly StatementSpec[]): Promise<Statement[]>;
  /** Stores earlier versions of `statement`, in the order given. */
  revisions(statement: Pick<Statement, "id" | "title">, specs: readonly RevisionSpec[]): Promise<void>;
  /** Disconnects lib/db's shared client and removes the database (afterAll). */
  close(): Promise<void>;
}

/** A fresh migrated database for one test file, with DATABASE_URL pointing at it; `close()` it in afterAll. */
export async function openExportFixture(): Promise<ExportFixture> {
  const db = await createTempDatabase();
  process.env.DATABASE_URL = db.url;
  const { prisma } = db;

  const statement = (eventId: number, spec: StatementSpec) =>
    prisma.statement.create({
      data: {
        ...(spec.id === undefined ? {} : { id: spec.id }),
        slug: spec.slug,
        eventId,
        partyId: spec.partyId,
        position: spec.position,
        title: spec.title ?? spec.slug,
        kind: spec.kind ?? (spec.secondary ? "news_report" : "official_readout"),
        ...(spec.secondary ? { sourceRole: "secondary" } : {}),
        sourceName: spec.sourceName ?? spec.slug,
        sourceUrl: spec.sourceUrl,
        body: spec.body,
        version: spec.version,
        ...(spec.exchangeIds ? { exchanges: { create: spec.exchangeIds.map((exchangeId) => ({ exchangeId })) } } : {}),
      },
    });

  return {
    db,
    async parties(specs) {
      const created: Party[] = [];
      for (const [slug, name, shortName, kind, color] of specs) created.push(await prisma.party.create({ data: { slug, name, shortName, kind, color } }));
      return created;
    },
    event: (slug, title, occurredOn) => prisma.event.create({ data: { slug, title, occurredOn: new Date(occurredOn) } }),
    exchange: (eventId, { participantIds, ...spec }) =>
      prisma.exchange.create({ data: { eventId, ...spec, participants: { create: participantIds.map((partyId) => ({ partyId })) } } }),
    statement,
    async statements(eventId, specs) {
      const created: Statement[] = [];
      for (const spec of specs) created.push(await statement(eventId, spec));
      return created;
    },
    async revisions(statement, specs) {
      for (const { version, body, title, reason } of specs) {
        await prisma.statementRevision.create({ data: { statementId: statement.id, version, title: title ?? statement.title, body, reason } });
      }
    },
    async close() {
      await (await import("@/lib/db")).prisma.$disconnect();
      await db.cleanup();
    },
  };
}

/** An edit seen two ways; see createRetoldAndRevised. */
export interface RetoldAndRevisedSpec {
  event: readonly [slug: string, title: string, occurredOn: string];
  /** The text before the edit. */
  before: string;
  /** The text after it. */
  after: string;
  /** How many earlier versions the revised readout has (each holding `before`); it is version earlierVersions + 1. */
  earlierVersions: number;
}

/**
 * One edit, in the pairwise view and in a revision history: an event with MINISTRY's readout "first" (position 0,
 * title "Readout", `before`), OUTLET's secondary retelling "retold" (1, "Retold", `after`) and MINISTRY's "revised"
 * readout (2, "Revised readout", `after`) whose earlier versions hold `before` ("edited at source").
 * Returns the revised readout's id, for the history routes.
 */
export async function createRetoldAndRevised(fixture: ExportFixture, spec: RetoldAndRevisedSpec): Promise<number> {
  const [ministry, outlet] = await fixture.parties([MINISTRY, OUTLET]);
  const [slug, title, occurredOn] = spec.event;
  const event = await fixture.event(slug, title, occurredOn);
  const [, , revised] = await fixture.statements(event.id, [
    { slug: "first", partyId: ministry.id, position: 0, title: "Readout", sourceName: "Ministry", body: spec.before },
    { slug: "retold", partyId: outlet.id, position: 1, title: "Retold", secondary: true, sourceName: "Outlet", body: spec.after },
    { slug: "revised", partyId: ministry.id, position: 2, title: "Revised readout", sourceName: "Ministry", body: spec.after, version: spec.earlierVersions + 1 },
  ]);
  const earlier = Array.from({ length: spec.earlierVersions }, (_, k) => ({ version: k + 1, body: spec.before, reason: "edited at source" }));
  await fixture.revisions(revised, earlier);
  return revised.id;
}
