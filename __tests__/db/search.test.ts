/** @jest-environment node */
import { caseVariants, search } from "@/lib/data/search";
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

describe("caseVariants", () => {
  test("ASCII queries need no variants; others get lower, upper, capitalised and title case", () => {
    expect(caseVariants("Blinken")).toEqual(["Blinken"]);
    expect(caseVariants("нагорный карабах")).toEqual(["нагорный карабах", "НАГОРНЫЙ КАРАБАХ", "Нагорный карабах", "Нагорный Карабах"]);
  });
});
