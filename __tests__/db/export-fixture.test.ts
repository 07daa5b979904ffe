/** @jest-environment node */
import fs from "node:fs";
import { createRetoldAndRevised, MINISTRY, openExportFixture, OUTLET, type ExportFixture } from "../helpers/export-fixture";

/**
 * The export tests' database fixture (__tests__/helpers/export-fixture.ts) writes exactly the rows its docstrings
 * promise: ten test files share it, and a changed default would change what each of them asserts on.
 */

let fixture: ExportFixture;
beforeAll(async () => (fixture = await openExportFixture()));
afterAll(() => fixture?.close());

const columns = { slug: true, title: true, kind: true, sourceRole: true, sourceName: true, sourceUrl: true, position: true, version: true } as const;

test("DATABASE_URL points at the fixture's database", () => {
  expect(process.env.DATABASE_URL).toBe(fixture.db.url);
});

test("parties, an exchange and statements: in the order given, with the documented defaults", async () => {
  const { prisma } = fixture.db;
  const [north, wire] = await fixture.parties([
    ["north", "North Office", "North", "ministry", "#123456"],
    ["wire", "Wire Desk", "Wire", "media", "#654321"],
  ]);
  expect(wire.id).toBeGreaterThan(north.id);
  const event = await fixture.event("fixture-call", "A fixture call", "2026-10-02");
  expect(event.occurredOn.toISOString()).toBe("2026-10-02T00:00:00.000Z");
  const call = await fixture.exchange(event.id, { slug: "call", kind: "call", title: "The call", participantIds: [north.id, wire.id] });
  expect(call.position).toBe(0);
  expect((await prisma.exchangeParticipant.findMany({ where: { exchangeId: call.id }, orderBy: { partyId: "asc" } })).map((p) => p.partyId)).toEqual([north.id, wire.id]);

  const made = await fixture.statements(event.id, [
    { slug: "plain", partyId: north.id, body: "The ministers spoke." },
    { slug: "retelling", partyId: wire.id, position: 1, body: "The ministers spoke, it was reported.", secondary: true, exchangeIds: [call.id] },
    { id: 77, slug: "given", partyId: north.id, position: 2, title: "Readout", kind: "remarks", sourceName: "Office", sourceUrl: "https://office.example/r", body: "Remarks.", version: 4 },
  ]);
  expect(made.map((s) => s.id)).toEqual([made[0].id, made[0].id + 1, 77]);
  const stored = await prisma.statement.findMany({ where: { eventId: event.id }, orderBy: { id: "asc" }, select: columns });
  expect(stored).toEqual([
    { slug: "plain", title: "plain", kind: "official_readout", sourceRole: "primary", sourceName: "plain", sourceUrl: null, position: 0, version: 1 },
    { slug: "retelling", title: "retelling", kind: "news_report", sourceRole: "secondary", sourceName: "retelling", sourceUrl: null, position: 1, version: 1 },
    { slug: "given", title: "Readout", kind: "remarks", sourceRole: "primary", sourceName: "Office", sourceUrl: "https://office.example/r", position: 2, version: 4 },
  ]);
  const links = await prisma.statementExchange.findMany({ where: { exchangeId: call.id } });
  expect(links.map((link) => link.statementId)).toEqual([made[1].id]);

  await fixture.revisions(made[2], [{ version: 1, body: "First." }, { version: 2, body: "Second.", title: "Old title", reason: "edited at source" }]);
  const revisions = await prisma.statementRevision.findMany({ where: { statementId: 77 }, orderBy: { version: "asc" } });
  expect(revisions.map((r) => [r.version, r.title, r.body, r.reason])).toEqual([
    [1, "Readout", "First.", ""],
    [2, "Old title", "Second.", "edited at source"],
  ]);
});

test("createRetoldAndRevised: the readout, its retelling and the revised readout with its earlier versions", async () => {
  const { prisma } = fixture.db;
  const revisedId = await createRetoldAndRevised(fixture, { event: ["edited-call", "An edited call", "2026-11-02"], before: "Before.", after: "After.", earlierVersions: 2 });
  const statements = await prisma.statement.findMany({ where: { event: { slug: "edited-call" } }, orderBy: { position: "asc" }, include: { party: true } });
  expect(statements.map((s) => [s.slug, s.party.slug, s.title, s.sourceRole, s.sourceName, s.body, s.version])).toEqual([
    ["first", MINISTRY[0], "Readout", "primary", "Ministry", "Before.", 1],
    ["retold", OUTLET[0], "Retold", "secondary", "Outlet", "After.", 1],
    ["revised", MINISTRY[0], "Revised readout", "primary", "Ministry", "After.", 3],
  ]);
  expect(statements[2].id).toBe(revisedId);
  const revisions = await prisma.statementRevision.findMany({ where: { statementId: revisedId }, orderBy: { version: "asc" } });
  expect(revisions.map((r) => [r.version, r.title, r.body, r.reason])).toEqual([
    [1, "Revised readout", "Before.", "edited at source"],
    [2, "Revised readout", "Before.", "edited at source"],
  ]);
});

test("close() removes the database", async () => {
  const other = await openExportFixture();
  const file = other.db.file;
  expect(other.db.provider !== "sqlite" || fs.existsSync(file)).toBe(true);
  await other.close();
  expect(fs.existsSync(file)).toBe(false);
  process.env.DATABASE_URL = fixture.db.url;
});
