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
    expect(result).toEqual({ created: 14, updated: 0, unchanged: 0 });
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
    expect(result).toEqual({ created: 0, updated: 0, unchanged: 14 });
    const after = await db.prisma.statement.findMany({ orderBy: { id: "asc" } });
    expect(after).toEqual(before);
  });

  test("a changed body is updated in place and bumps the version", async () => {
    const bundle = loadSeedBundle();
    bundle.events[0].statements[0].body += "\nA sentence added by the test.";
    const result = await applyBundle(db.prisma, bundle);
    expect(result).toEqual({ created: 0, updated: 1, unchanged: 13 });
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
