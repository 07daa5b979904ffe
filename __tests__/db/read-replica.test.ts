/** @jest-environment node */
import { applyBundle } from "@/lib/data/apply-bundle";
import type { Bundle } from "@/lib/domain/bundle-schema";
import { getEvent, listEvents } from "@/lib/data/events";
import { updateEvent } from "@/lib/data/import";
import { prisma, readPrisma } from "@/lib/db";
import { databaseReplicaUrl } from "@/lib/db-url";
import { makeEditor } from "../editorial/fixtures";
import { createTempDatabase, testProvider, type TempDatabase } from "../helpers/temp-db";

/**
 * DATABASE_REPLICA_URL (lib/db.ts, readPrisma): the public reading paths read the replica, writes and an editor's own
 * reads go to the primary. A real standby holds the primary's data with a delay; here the "replica" is a second
 * database with different content, so which one answered is visible in the answer itself.
 */

// Test texts written for this test.
function bundle(title: string, body: string): Bundle {
  return {
    parties: [{ slug: "lakeside", name: "Lakeside Council", shortName: "Lakeside", kind: "government", country: null, color: "#336699" }],
    events: [
      {
        slug: "ferry-talks", title, occurredOn: "2026-03-04", summary: "",
        statements: [
          { slug: "council-note", party: "lakeside", title: "Council note", kind: "official_readout", sourceName: "Test", sourceUrl: null, publishedOn: null, language: "en", speaker: null, provenanceNote: "", body },
        ],
      },
    ],
  };
}

const saved = { url: process.env.DATABASE_URL, replica: process.env.DATABASE_REPLICA_URL };
afterEach(() => {
  process.env.DATABASE_URL = saved.url;
  if (saved.replica === undefined) delete process.env.DATABASE_REPLICA_URL;
  else process.env.DATABASE_REPLICA_URL = saved.replica;
});

describe("DATABASE_REPLICA_URL is checked", () => {
  test("unset or empty: no replica, reads go to DATABASE_URL", () => {
    delete process.env.DATABASE_REPLICA_URL;
    expect(databaseReplicaUrl()).toBeNull();
    process.env.DATABASE_REPLICA_URL = " ";
    expect(databaseReplicaUrl()).toBeNull();
  });

  test("a replica that is not PostgreSQL, or a SQLite primary, is refused with a clear message", () => {
    process.env.DATABASE_REPLICA_URL = "file:/tmp/replica.db";
    expect(() => databaseReplicaUrl()).toThrow('DATABASE_REPLICA_URL must be a postgresql:// URL, got "file:/tmp/replica.db"');
    process.env.DATABASE_URL = "file:/tmp/primary.db";
    process.env.DATABASE_REPLICA_URL = "postgresql://reader@127.0.0.1:5432/readout";
    expect(() => databaseReplicaUrl()).toThrow("DATABASE_REPLICA_URL is set but DATABASE_URL is not PostgreSQL: a replica needs a PostgreSQL primary");
  });
});

// Two PostgreSQL databases: only where the DB tests run on PostgreSQL (npm run test:postgresql).
const onPostgres = testProvider() === "postgresql" ? describe : describe.skip;

onPostgres("with a replica on PostgreSQL (two databases on one server)", () => {
  jest.setTimeout(120_000);
  let primary: TempDatabase;
  let replica: TempDatabase;

  beforeAll(async () => {
    [primary, replica] = await Promise.all([createTempDatabase(), createTempDatabase()]);
    await applyBundle(primary.prisma, bundle("Ferry talks (primary)", "The council reopened the ferry line on Monday."));
    await applyBundle(replica.prisma, bundle("Ferry talks (replica)", "The council kept the ferry line closed on Monday."));
  });
  afterAll(async () => {
    await Promise.all([primary?.cleanup(), replica?.cleanup()]);
  });
  beforeEach(() => {
    process.env.DATABASE_URL = primary.url;
    process.env.DATABASE_REPLICA_URL = replica.url;
  });

  test("the reading paths read the replica; `prisma` and an editor's reads the primary", async () => {
    expect((await getEvent("ferry-talks"))!.title).toBe("Ferry talks (replica)");
    expect((await getEvent("ferry-talks", prisma))!.title).toBe("Ferry talks (primary)");
    expect((await listEvents()).map((e) => e.title)).toEqual(["Ferry talks (replica)"]);
    expect((await readPrisma.statement.findFirstOrThrow()).body).toBe("The council kept the ferry line closed on Monday.");
  });

  test("the event API, its exports and the statement API answer from the replica", async () => {
    const eventApi = await import("@/app/api/events/[slug]/route");
    const api = await eventApi.GET(new Request("http://localhost/api/events/ferry-talks"), { params: Promise.resolve({ slug: "ferry-talks" }) });
    expect(api.status).toBe(200);
    expect((await api.json()).title).toBe("Ferry talks (replica)");

    const exportRoute = await import("@/app/events/[slug]/export/[format]/route");
    const markdown = await exportRoute.GET(new Request("http://localhost/events/ferry-talks/export/md"), { params: Promise.resolve({ slug: "ferry-talks", format: "md" }) });
    expect(markdown.status).toBe(200);
    const text = await markdown.text();
    expect(text).toContain("Ferry talks (replica)");
    expect(text).not.toContain("(primary)");

    const statementApi = await import("@/app/api/statements/[id]/route");
    const id = (await replica.prisma.statement.findFirstOrThrow()).id;
    const statement = await statementApi.GET(new Request(`http://localhost/api/statements/${id}`), { params: Promise.resolve({ id: String(id) }) });
    expect((await statement.json()).body).toBe("The council kept the ferry line closed on Monday.");
  });

  test("a write goes to the primary only; the replica is untouched until replication brings it", async () => {
    const editor = await makeEditor(primary.prisma);
    const stored = await primary.prisma.event.findUniqueOrThrow({ where: { slug: "ferry-talks" } });
    const result = await updateEvent(prisma, { id: stored.id, slug: "ferry-talks", title: "Ferry talks, corrected", occurredOn: "2026-03-04", summary: "" }, editor);
    expect(result).toMatchObject({ ok: true });
    expect((await primary.prisma.event.findUniqueOrThrow({ where: { slug: "ferry-talks" } })).title).toBe("Ferry talks, corrected");
    expect((await replica.prisma.event.findUniqueOrThrow({ where: { slug: "ferry-talks" } })).title).toBe("Ferry talks (replica)");
    expect((await getEvent("ferry-talks", prisma))!.title).toBe("Ferry talks, corrected");
    expect((await getEvent("ferry-talks"))!.title).toBe("Ferry talks (replica)");
    expect(await replica.prisma.editor.count()).toBe(0);
  });
});
