/** @jest-environment node */
import { search } from "@/lib/data/search";
import { matchExpression } from "@/lib/data/search-index";
import { foldForMatching } from "@/lib/text/fold";
import { highlightRuns } from "@/lib/text/highlight";
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

describe("full-text search (issue 14): typography, case and script never hide a match", () => {
  let statementId: number;
  beforeAll(async () => {
    const event = await db.prisma.event.findUniqueOrThrow({ where: { slug: SEED_EVENT }, include: { statements: true } });
    // Written in the test's own words; created straight through Prisma, so the index must catch up by itself.
    statementId = (
      await db.prisma.statement.create({
        data: {
          slug: "typography-test",
          eventId: event.id,
          partyId: event.statements[0].partyId,
          title: "Typography test",
          kind: "other",
          sourceName: "Test",
          language: "en",
          body: "Envoy O’Brien spoke about Nagorno-Karabakh in the morning.\n\nLater the delegation landed in Bakı.",
          position: 101,
        },
        select: { id: true },
      })
    ).id;
  });

  test.each([
    ["O'Brien", "O’Brien"],
    ["o’brien", "O’Brien"],
    ["nagorno karabakh", "Nagorno-Karabakh"],
    ["NAGORNO–KARABAKH", "Nagorno-Karabakh"],
    ["baki", "Bakı"],
    ["BAKI", "Bakı"],
  ])("%s finds the statement and marks %s in its snippet", async (query, marked) => {
    // The seeded texts mention these names too: every hit must show a marked match, and ours must be among them.
    const hits = await search(query, db.prisma);
    expect(hits.map((hit) => hit.statementSlug)).toContain("typography-test");
    for (const h of hits) expect(highlightRuns(h.snippet, query).some((run) => run.match && foldForMatching(run.text) === foldForMatching(marked))).toBe(true);
    const hit = hits.find((h) => h.statementSlug === "typography-test")!;
    const runs = highlightRuns(hit.snippet, query);
    expect(runs.filter((run) => run.match).map((run) => run.text)).toEqual([marked]);
  });

  test("ереван finds Ереван, and a Cyrillic query finds nothing in Latin text", async () => {
    expect((await search("ереван", db.prisma)).map((hit) => hit.statementSlug)).toEqual(["ru-test"]);
    expect(highlightRuns((await search("ереван", db.prisma))[0].snippet, "ереван").filter((r) => r.match).map((r) => r.text)).toEqual(["Ереван", "ЕРЕВАН"]);
    expect(await search("брайен", db.prisma)).toEqual([]);
  });

  test("a statement's new text is found and its old text no longer is, straight after the update", async () => {
    await db.prisma.statement.update({ where: { id: statementId }, data: { body: "Envoy O’Brien now spoke about Yerevan." } });
    expect((await search("yerevan", db.prisma)).map((hit) => hit.statementSlug)).toEqual(["typography-test"]);
    expect((await search("karabakh", db.prisma)).map((hit) => hit.statementSlug)).not.toContain("typography-test");
    const row = await db.prisma.$queryRaw<{ body: string }[]>`SELECT "body" FROM "search_index" WHERE rowid = ${statementId * 2}`;
    expect(row).toEqual([{ body: "envoy o'brien now spoke about yerevan." }]);
  });

  test("the more relevant statement ranks first: the words in its title and twice in its text", async () => {
    const event = await db.prisma.event.findUniqueOrThrow({ where: { slug: SEED_EVENT }, include: { statements: true } });
    for (const [slug, title, body] of [
      ["rank-low", "Low", "One mention of zanzibarite in a long text about other things entirely, and more words."],
      ["rank-high", "Zanzibarite", "Zanzibarite again: zanzibarite."],
    ]) {
      await db.prisma.statement.create({
        data: { slug, eventId: event.id, partyId: event.statements[0].partyId, title, kind: "other", sourceName: "Test", body, position: 200 },
      });
    }
    expect((await search("zanzibarite", db.prisma)).map((hit) => hit.statementSlug)).toEqual(["rank-high", "rank-low"]);
  });

  test("FTS5 syntax typed by a reader is searched as text, never run", async () => {
    for (const query of ['"', "AND", "NEAR(", "baki*", "title:baki", "^baki", "(baki OR", "-baki"]) {
      await expect(search(query, db.prisma)).resolves.toBeInstanceOf(Array);
    }
    expect(matchExpression('say "hi" * OR x')).toBe('"say hi or x" *');
    expect(matchExpression("—…")).toBeNull();
  });
});

describe("full-text search on long texts: the same hits on SQLite (FTS5) and PostgreSQL (tsvector limits)", () => {
  test("a phrase past 16,383 words and a word longer than 2,048 bytes are found", async () => {
    const event = await db.prisma.event.findUniqueOrThrow({ where: { slug: SEED_EVENT }, include: { statements: true } });
    const longWord = "q".repeat(3000);
    await db.prisma.statement.create({
      data: {
        slug: "long-test",
        eventId: event.id,
        partyId: event.statements[0].partyId,
        title: "Long test",
        kind: "other",
        sourceName: "Test",
        // 20,000 filler words first: PostgreSQL keeps tsvector positions only up to 16,383.
        body: `${"filler ".repeat(20_000)}the harbourmaster quixotically agreed. ${longWord} closes it.`,
        position: 300,
      },
    });
    for (const query of ["harbourmaster quixotic", "filler the harbourmaster", "q".repeat(150), `agreed ${"q".repeat(100)}`]) {
      expect((await search(query, db.prisma)).map((hit) => hit.statementSlug)).toEqual(["long-test"]);
    }
    expect(await search("quixotically harbourmaster", db.prisma)).toEqual([]);
  });
});
