/** @jest-environment node */
import { applyBundle } from "@/lib/data/apply-bundle";
import { loadSeedBundle } from "@/lib/data/seed-bundle";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

jest.setTimeout(60_000);

let db: TempDatabase;

beforeAll(async () => {
  db = await createTempDatabase();
});

afterAll(async () => {
  await db?.cleanup();
});

describe("seeding a real SQLite database", () => {
  test("the first run creates the parties, events and statements", async () => {
    const result = await applyBundle(db.prisma, loadSeedBundle());
    expect(result).toEqual({ created: 19, updated: 0, unchanged: 0 });
  });

  test("the event reads back with its four statements and their parties, in column order", async () => {
    const event = await db.prisma.event.findUniqueOrThrow({
      where: { slug: "blinken-calls-pashinyan-aliyev-2023-11-27" },
      include: { statements: { orderBy: { position: "asc" }, include: { party: true } } },
    });
    expect(event.occurredOn.toISOString()).toBe("2023-11-27T00:00:00.000Z");
    expect(event.statements.map((s) => [s.slug, s.party.shortName, s.party.kind])).toEqual([
      ["am-pmo-readout", "Armenia PMO", "government"],
      ["az-media-account", "Azerbaijan", "presidency"],
      ["state-dept-statement", "State Dept.", "ministry"],
      ["news-report", "News report", "news_outlet"],
    ]);
    expect(event.statements.every((s) => s.version === 1)).toBe(true);
    expect(event.statements[0].body).toContain("100,000 forcibly displaced persons");
    expect(event.statements[3].publishedOn).toBeNull();
  });

  test("a second run changes nothing, not even timestamps", async () => {
    const before = await db.prisma.statement.findMany({ orderBy: { id: "asc" } });
    const result = await applyBundle(db.prisma, loadSeedBundle());
    expect(result).toEqual({ created: 0, updated: 0, unchanged: 19 });
    const after = await db.prisma.statement.findMany({ orderBy: { id: "asc" } });
    expect(after).toEqual(before);
  });

  test("a changed body is updated in place and bumps the version", async () => {
    const bundle = loadSeedBundle();
    bundle.events[0].statements[0].body += "\nA sentence added by the test.";
    const result = await applyBundle(db.prisma, bundle);
    expect(result).toEqual({ created: 0, updated: 1, unchanged: 18 });
    const statement = await db.prisma.statement.findFirstOrThrow({ where: { slug: "am-pmo-readout" } });
    expect(statement.version).toBe(2);
    expect(statement.body).toMatch(/added by the test\.$/);
  });

  test("a failure half-way writes nothing (one transaction)", async () => {
    const bundle = loadSeedBundle();
    bundle.parties.push({ slug: "late-party", name: "Late party", shortName: "Late", kind: "other", country: null, color: "#000000" });
    bundle.events[1].statements[0].party = "missing-party"; // not in the bundle nor in the database
    await expect(applyBundle(db.prisma, bundle)).rejects.toThrow();
    expect(await db.prisma.party.findUnique({ where: { slug: "late-party" } })).toBeNull();
  });
});

describe("the seeded exchanges", () => {
  test("each readout reports its own call, the news report both; the O’Brien event has three exchanges", async () => {
    const fresh = await createTempDatabase();
    try {
      await applyBundle(fresh.prisma, loadSeedBundle());
      const events = await fresh.prisma.event.findMany({
        orderBy: { id: "asc" },
        include: {
          exchanges: { orderBy: { position: "asc" }, include: { participants: { include: { party: true } } } },
          statements: { orderBy: { position: "asc" }, include: { exchanges: { include: { exchange: true } } } },
        },
      });
      const [blinken, obrien] = events;
      expect(blinken.exchanges.map((x) => [x.slug, x.kind, x.participants.map((p) => p.party.slug).sort()])).toEqual([
        ["blinken-pashinyan-call", "call", ["am-pmo", "us-state-dept"]],
        ["blinken-aliyev-call", "call", ["az-president", "us-state-dept"]],
      ]);
      const links = (event: (typeof events)[number]) =>
        event.statements.map((s) => [s.slug, s.sourceRole, s.exchanges.map((l) => l.exchange.slug).sort()]);
      expect(links(blinken)).toEqual([
        ["am-pmo-readout", "primary", ["blinken-pashinyan-call"]],
        ["az-media-account", "primary", ["blinken-aliyev-call"]],
        ["state-dept-statement", "primary", ["blinken-aliyev-call"]],
        ["news-report", "secondary", ["blinken-aliyev-call", "blinken-pashinyan-call"]],
      ]);
      expect(obrien.exchanges.map((x) => [x.slug, x.kind])).toEqual([
        ["obrien-house-hearing", "hearing"],
        ["az-mfa-cancellation", "statement"],
        ["obrien-press-remarks", "press_conference"],
      ]);
      expect(links(obrien)).toEqual([
        ["obrien-testimony", "primary", ["obrien-house-hearing"]],
        ["az-mfa-statement", "primary", ["az-mfa-cancellation"]],
        ["obrien-remarks", "primary", ["obrien-press-remarks"]],
      ]);
    } finally {
      await fresh.cleanup();
    }
  });

  test("a bundle without exchanges still imports: one exchange holds every statement", async () => {
    const fresh = await createTempDatabase();
    try {
      const bundle = loadSeedBundle();
      for (const event of bundle.events) {
        delete event.exchanges;
        for (const statement of event.statements) {
          delete statement.exchanges;
          delete statement.sourceRole;
        }
      }
      await applyBundle(fresh.prisma, bundle);
      const exchanges = await fresh.prisma.exchange.findMany({ include: { statements: true, participants: { include: { party: true } } } });
      expect(exchanges.map((x) => [x.slug, x.statements.length])).toEqual([
        ["whole-event", 4],
        ["whole-event", 3],
      ]);
      expect(exchanges[0].participants.map((p) => p.party.slug).sort()).toEqual(["am-pmo", "az-president", "us-state-dept"]);
      const news = await fresh.prisma.statement.findFirstOrThrow({ where: { slug: "news-report" } });
      expect(news.sourceRole).toBe("secondary");
    } finally {
      await fresh.cleanup();
    }
  });
});
