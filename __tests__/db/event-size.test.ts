/** @jest-environment node */
import { importBundle } from "@/lib/data/import";
import { createStatement, updateStatement } from "@/lib/data/statements";
import { characterCount, eventSizeProblem, MAX_EVENT_CHARACTERS, MAX_EVENT_STATEMENTS } from "@/lib/domain/event-size";
import { editInput, makeEditor, tableCounts } from "../editorial/fixtures";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

jest.setTimeout(120_000);

/** Statement text of exactly `characters` characters, written for this test. */
function text(characters: number, word = "delegation"): string {
  const sentence = `The ${word} met again and talked about the border. `;
  return sentence.repeat(Math.ceil(characters / sentence.length)).slice(0, characters).trim().padEnd(characters, ".");
}

function bundle(slug: string, bodies: string[]) {
  return JSON.stringify({
    parties: [{ slug: "party-a", name: "Party A", shortName: "A", kind: "government", country: null, color: "#123456" }],
    events: [
      {
        slug,
        title: "A long meeting",
        occurredOn: "2024-03-01",
        statements: bodies.map((body, i) => ({ slug: `s-${i}`, party: "party-a", title: `Account ${i}`, kind: "official_readout", sourceName: "Test", body })),
      },
    ],
  });
}

const TOO_MANY_CHARACTERS = (characters: number) =>
  `The event's statements would hold ${characters.toLocaleString("en-US")} characters together; an event may hold at most 4,000,000 (for example 10 statements of 400,000 characters). Split it into several events or shorten the texts.`;

describe("the largest event the app accepts", () => {
  let db: TempDatabase;
  beforeAll(async () => {
    db = await createTempDatabase();
  });
  afterAll(async () => db.cleanup());

  test("the limits and their messages", () => {
    expect([MAX_EVENT_STATEMENTS, MAX_EVENT_CHARACTERS]).toEqual([10_000, 4_000_000]);
    expect(eventSizeProblem({ statements: 10_000, characters: 4_000_000 })).toBeNull();
    expect(eventSizeProblem({ statements: 10_001, characters: 10 })).toBe(
      "The event would hold 10,001 statements; an event may hold at most 10,000. Split it into several events.",
    );
    expect(eventSizeProblem({ statements: 2, characters: 4_000_001 })).toBe(TOO_MANY_CHARACTERS(4_000_001));
    expect(characterCount("a😀b")).toBe(3); // a surrogate pair is one character, as SQL's length() counts
  });

  test("a bundle whose event is too large is refused with the message, and nothing is written", async () => {
    const editor = await makeEditor(db.prisma, "bundle@example.org");
    const before = await tableCounts(db.prisma);
    const result = await importBundle(db.prisma, bundle("too-large", Array.from({ length: 5 }, () => text(850_000))), editor);
    expect(result).toMatchObject({ ok: false, status: "invalid", problems: [`events[0].statements: ${TOO_MANY_CHARACTERS(4_250_000)}`] });
    expect(await tableCounts(db.prisma)).toEqual(before);
  });

  test("the statement form refuses a statement, or an edit, that would take the event past the limit; nothing is written", async () => {
    const editor = await makeEditor(db.prisma, "form@example.org");
    // 4 × 900,000 + 390,000 = 3,990,000 characters: 10,000 short of the limit.
    const imported = await importBundle(db.prisma, bundle("nearly-full", [...Array.from({ length: 4 }, () => text(900_000)), text(390_000)]), editor);
    expect(imported).toMatchObject({ ok: true });
    const event = await db.prisma.event.findUniqueOrThrow({ where: { slug: "nearly-full" }, include: { statements: true } });
    const party = await db.prisma.party.findUniqueOrThrow({ where: { slug: "party-a" } });
    const before = await tableCounts(db.prisma);

    const added = await createStatement(
      db.prisma,
      { eventId: event.id, slug: "one-more", partyId: party.id, title: "One more", kind: "official_readout", sourceName: "Test", sourceUrl: "", publishedOn: "", speaker: "", provenanceNote: "", language: "en", body: text(10_001) },
      editor,
    );
    expect(added).toMatchObject({ ok: false, status: "invalid", message: TOO_MANY_CHARACTERS(4_000_001), fieldErrors: { body: TOO_MANY_CHARACTERS(4_000_001) } });

    const stored = event.statements.find((s) => s.slug === "s-4")!;
    const edited = await updateStatement(db.prisma, { ...editInput(stored), body: text(400_001, "minister"), reason: "longer" }, editor);
    expect(edited).toMatchObject({ ok: false, status: "invalid", message: TOO_MANY_CHARACTERS(4_000_001) });
    expect(await tableCounts(db.prisma)).toEqual(before);
    expect(await db.prisma.statement.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ version: stored.version, body: stored.body });

    // Just at the limit is accepted.
    const fits = await createStatement(
      db.prisma,
      { eventId: event.id, slug: "fits", partyId: party.id, title: "Fits", kind: "official_readout", sourceName: "Test", sourceUrl: "", publishedOn: "", speaker: "", provenanceNote: "", language: "en", body: text(10_000) },
      editor,
    );
    expect(fits).toMatchObject({ ok: true });
  });
});
