/** @jest-environment node */
import { search } from "@/lib/data/search";
import { createSeededDatabase, SEED_EVENT } from "../helpers/seeded-database";
import type { TempDatabase } from "../helpers/temp-db";

let db: TempDatabase;

beforeAll(async () => {
  db = await createSeededDatabase();
  const event = await db.prisma.event.findUniqueOrThrow({ where: { slug: SEED_EVENT }, include: { statements: true } });
  const { partyId } = event.statements[0];
  // A Russian-language statement: SQLite's LIKE alone would not match "ереван" against "Ереван".
  await db.prisma.statement.create({
    data: {
      slug: "ru-test",
      eventId: event.id,
      partyId,
      title: "Тестовое заявление",
      kind: "other",
      sourceName: "Test",
      language: "ru",
      body: "Переговоры прошли в Ереване. ЕРЕВАН подтвердил встречу.",
      position: 99,
    },
  });
});
afterAll(async () => db.cleanup());

describe("search", () => {
  test("finds statement text in the seeded event, case-insensitively, with a snippet around the match", async () => {
    const hits = await search("forcibly displaced", db.prisma);
    const armenian = hits.find((hit) => hit.statementSlug === "am-pmo-readout");
    expect(armenian).toMatchObject({ eventSlug: SEED_EVENT, partyName: expect.stringContaining("Armenia") });
    expect(armenian!.snippet.toLowerCase()).toContain("forcibly displaced");
    expect((await search("FORCIBLY DISPLACED", db.prisma)).map((h) => h.statementSlug)).toEqual(hits.map((h) => h.statementSlug));
  });

  test("non-ASCII queries match whatever the case of the stored text", async () => {
    for (const query of ["ереван", "Ереван", "ЕРЕВАН"]) {
      const hits = await search(query, db.prisma);
      expect(hits.map((hit) => hit.statementSlug)).toEqual(["ru-test"]);
    }
    expect((await search("ереване", db.prisma))[0].snippet).toContain("Ереване");
  });

  test("finds events by title, and nothing for blank or unmatched queries", async () => {
    expect((await search("Pashinyan and Aliyev", db.prisma)).some((hit) => hit.eventSlug === SEED_EVENT && hit.statementSlug === null)).toBe(true);
    expect(await search("   ", db.prisma)).toEqual([]);
    expect(await search("no such words anywhere zzq", db.prisma)).toEqual([]);
  });
});

describe("search through the matching fold (issue 9 §1)", () => {
  test("Turkic capitals, typographic apostrophes, decomposed letters and soft hyphens in the stored text", async () => {
    const event = await db.prisma.event.findUniqueOrThrow({ where: { slug: SEED_EVENT }, include: { statements: true } });
    await db.prisma.statement.create({
      data: {
        slug: "fold-test",
        eventId: event.id,
        partyId: event.statements[0].partyId,
        title: "Fold test",
        kind: "other",
        sourceName: "Test",
        language: "en",
        body: "The envoy O’Neill flew to Bakı for cross\u00adborder talks in Zu\u0308rich style.",
        position: 100,
      },
    });
    for (const query of ["BAKI", "o'neill", "crossborder talks", "Zürich"]) {
      expect((await search(query, db.prisma)).map((hit) => hit.statementSlug)).toEqual(["fold-test"]);
    }
    expect((await search("BAKI", db.prisma))[0].snippet).toBe("The envoy O’Neill flew to Bakı for cross\u00adborder talks in Zu\u0308rich style.");
  });
});
