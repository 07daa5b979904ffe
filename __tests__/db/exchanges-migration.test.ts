/** @jest-environment node */
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/db";

/**
 * The exchanges migration on a copy of a database built with the migrations before it: every row survives, every
 * statement reports exactly one exchange per event, news reports become secondary sources.
 */

const MIGRATIONS = path.join(__dirname, "../../prisma/migrations");
const EXCHANGES_MIGRATION = "20261130200000_exchanges";

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "readout-migration-"));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function migrationsBefore(name: string): string[] {
  return fs
    .readdirSync(MIGRATIONS)
    .filter((entry) => fs.statSync(path.join(MIGRATIONS, entry)).isDirectory() && entry < name)
    .sort();
}

/** A database with the schema before exchanges, holding two events written the old way. */
function buildOldDatabase(file: string): void {
  const db = new Database(file);
  for (const migration of migrationsBefore(EXCHANGES_MIGRATION)) db.exec(fs.readFileSync(path.join(MIGRATIONS, migration, "migration.sql"), "utf8"));
  const now = "2026-11-01T10:00:00.000+00:00";
  const party = db.prepare(`INSERT INTO "Party" (slug, name, shortName, kind, country, color, createdAt, updatedAt) VALUES (?, ?, ?, ?, NULL, '#123456', ?, ?)`);
  party.run("north", "Northern Office", "North", "government", now, now);
  party.run("south", "Southern Palace", "South", "presidency", now, now);
  party.run("wire", "A Wire Service", "Wire", "news_outlet", now, now);
  const event = db.prepare(`INSERT INTO "Event" (slug, title, occurredOn, summary, createdAt, updatedAt) VALUES (?, ?, ?, '', ?, ?)`);
  event.run("river-talks", "Talks about the river", "2026-10-01T00:00:00.000+00:00", now, now);
  event.run("lone-speech", "A lone speech", "2026-10-05T00:00:00.000+00:00", now, now);
  const statement = db.prepare(
    `INSERT INTO "Statement" (slug, eventId, partyId, position, title, kind, sourceName, body, version, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, 'test', ?, ?, ?, ?)`,
  );
  statement.run("north-readout", 1, 1, 0, "North on the talks", "official_readout", "The ministers spoke about the river.", 2, now, now);
  statement.run("south-readout", 1, 2, 1, "South on the talks", "official_readout", "The river was the topic.", 1, now, now);
  statement.run("wire-story", 1, 3, 2, "Wire story", "news_report", "Officials said the river was discussed.", 1, now, now);
  statement.run("south-speech", 2, 2, 0, "The speech", "other", "We will build a bridge.", 1, now, now);
  db.prepare(`INSERT INTO "StatementRevision" (statementId, version, title, body, reason, createdAt) VALUES (1, 1, 'old', 'Old words.', 'typo', ?)`).run(now);
  db.prepare(
    `INSERT INTO "Annotation" (statementId, verdict, note, exact, start, "end", anchoredVersion, createdAt, updatedAt) VALUES (1, 'accurate', 'checked', 'river', 30, 35, 2, ?, ?)`,
  ).run(now, now);
  db.close();
}

describe("the exchanges migration", () => {
  test("moves an old database without loss: one exchange per event holding every statement", async () => {
    const original = path.join(dir, "old.db");
    buildOldDatabase(original);
    const copy = path.join(dir, "copy.db");
    fs.copyFileSync(original, copy);

    const raw = new Database(copy);
    raw.exec(fs.readFileSync(path.join(MIGRATIONS, EXCHANGES_MIGRATION, "migration.sql"), "utf8"));
    raw.close();

    const prisma = createPrismaClient(`file:${copy}`);
    try {
      const statements = await prisma.statement.findMany({
        orderBy: { id: "asc" },
        include: { exchanges: { include: { exchange: true } }, revisions: true, annotations: true },
      });
      expect(statements.map((s) => [s.slug, s.body, s.version, s.sourceRole])).toEqual([
        ["north-readout", "The ministers spoke about the river.", 2, "primary"],
        ["south-readout", "The river was the topic.", 1, "primary"],
        ["wire-story", "Officials said the river was discussed.", 1, "secondary"],
        ["south-speech", "We will build a bridge.", 1, "primary"],
      ]);
      expect(statements[0].revisions.map((r) => r.body)).toEqual(["Old words."]);
      expect(statements[0].annotations.map((a) => [a.exact, a.start, a.end])).toEqual([["river", 30, 35]]);
      expect(statements.map((s) => s.exchanges.map((link) => [link.exchange.eventId, link.exchange.slug]))).toEqual([
        [[1, "whole-event"]],
        [[1, "whole-event"]],
        [[1, "whole-event"]],
        [[2, "whole-event"]],
      ]);

      const exchanges = await prisma.exchange.findMany({
        orderBy: { id: "asc" },
        include: { participants: { include: { party: true }, orderBy: { partyId: "asc" } } },
      });
      expect(
        exchanges.map((x) => [x.eventId, x.title, x.kind, x.occurredOn?.toISOString(), x.participants.map((p) => p.party.slug)]),
      ).toEqual([
        // The news outlet is a secondary source, not a participant.
        [1, "Talks about the river", "other", "2026-10-01T00:00:00.000Z", ["north", "south"]],
        [2, "A lone speech", "other", "2026-10-05T00:00:00.000Z", ["south"]],
      ]);
      expect(await prisma.party.count()).toBe(3);
      expect(await prisma.event.count()).toBe(2);
    } finally {
      await prisma.$disconnect();
    }
    // The original file is untouched: the migration ran on the copy.
    const old = new Database(original, { readonly: true });
    expect(old.prepare(`SELECT name FROM sqlite_master WHERE name = 'Exchange'`).all()).toEqual([]);
    old.close();
  });
});
