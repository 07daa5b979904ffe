/** @jest-environment node */
import { createExchange, deleteExchange } from "@/lib/data/exchanges";
import { createEvent } from "@/lib/data/import";
import { createStatement, updateStatement } from "@/lib/data/statements";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";
import { editInput, makeEditor } from "./fixtures";

jest.setTimeout(60_000);

let db: TempDatabase;

beforeAll(async () => {
  db = await createTempDatabase();
});

afterAll(async () => {
  await db?.cleanup();
});

describe("exchanges in the editor (real SQLite)", () => {
  test("a new event has one exchange; statements join it, or the exchanges an editor ticks", async () => {
    const editor = await makeEditor(db.prisma);
    const north = await db.prisma.party.create({ data: { slug: "north", name: "North Office", shortName: "North", kind: "government", color: "#123456" } });
    const wire = await db.prisma.party.create({ data: { slug: "wire", name: "Wire", shortName: "Wire", kind: "news_outlet", color: "#654321" } });
    const created = await createEvent(db.prisma, { slug: "dam-talks", title: "Dam talks", occurredOn: "2026-05-01", summary: "" }, editor);
    if (!created.ok) throw new Error(created.message);
    const eventId = created.event.id;
    expect((await db.prisma.exchange.findMany({ where: { eventId } })).map((x) => [x.slug, x.title])).toEqual([["whole-event", "Dam talks"]]);

    const call = await createExchange(
      db.prisma,
      { eventId, slug: "north-call", kind: "call", title: "Call with North", occurredOn: "2026-05-01", participantIds: [String(north.id)] },
      editor,
    );
    if (!call.ok) throw new Error(call.message);
    const clash = await createExchange(db.prisma, { eventId, slug: "north-call", kind: "call", title: "Again", occurredOn: "", participantIds: [] }, editor);
    expect(clash).toMatchObject({ ok: false, fieldErrors: { slug: "“north-call” is taken in this event." } });

    const statement = {
      eventId,
      partyId: String(north.id),
      title: "North readout",
      kind: "official_readout",
      sourceName: "North",
      sourceUrl: "",
      publishedOn: "",
      language: "en",
      speaker: "",
      provenanceNote: "",
      body: "The dam was discussed.",
    };
    const readout = await createStatement(db.prisma, { ...statement, slug: "north-readout", exchangeIds: [String(call.exchange.id)] }, editor);
    const story = await createStatement(db.prisma, { ...statement, slug: "wire-story", partyId: String(wire.id), kind: "news_report", exchangeIds: [] }, editor);
    if (!readout.ok || !story.ok) throw new Error("statements not saved");
    const links = async (id: number) =>
      (await db.prisma.statementExchange.findMany({ where: { statementId: id }, include: { exchange: true }, orderBy: { exchangeId: "asc" } })).map(
        (link) => link.exchange.slug,
      );
    expect(await links(readout.statement.id)).toEqual(["north-call"]);
    expect(await links(story.statement.id)).toEqual(["whole-event", "north-call"]);
    const stored = await db.prisma.statement.findMany({ where: { eventId }, orderBy: { id: "asc" } });
    expect(stored.map((s) => s.sourceRole)).toEqual(["primary", "secondary"]);

    // An exchange of another event is refused, and nothing changes.
    const other = await db.prisma.event.create({ data: { slug: "other", title: "Other", occurredOn: new Date("2026-01-01"), exchanges: { create: { slug: "x", kind: "call", title: "X" } } }, include: { exchanges: true } });
    const refused = await updateStatement(db.prisma, { ...editInput(stored[0]), exchangeIds: [String(other.exchanges[0].id)] }, editor);
    expect(refused).toMatchObject({ ok: false, fieldErrors: { exchangeIds: "Choose exchanges of this event." } });
    expect(await links(readout.statement.id)).toEqual(["north-call"]);

    // The call cannot go while the readout reports only it; the whole-event exchange can.
    const guarded = await deleteExchange(db.prisma, { id: call.exchange.id, confirm: "delete" }, editor);
    expect(guarded).toMatchObject({ ok: false, message: "“North readout” reports only this exchange: link it to another exchange first." });
    const whole = await db.prisma.exchange.findFirstOrThrow({ where: { eventId, slug: "whole-event" } });
    expect(await deleteExchange(db.prisma, { id: whole.id, confirm: "delete" }, editor)).toEqual({ ok: true });
    expect(await links(story.statement.id)).toEqual(["north-call"]);
    expect(await deleteExchange(db.prisma, { id: whole.id, confirm: "delete" }, null)).toMatchObject({ ok: false, status: "unauthorised" });
  });
});
