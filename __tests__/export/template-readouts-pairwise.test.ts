/** @jest-environment node */
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";
import { templateReadout } from "../helpers/template-readout";

/**
 * Tester 37 #11: one ministry's readouts of two separate calls, written on one template, were listed as versions
 * ("Near-copies: one is probably a re-publication of the other"). Through the comparison API and the pairwise
 * exports, on a real SQLite database written through Prisma: no version entry, and the pairwise view says why.
 */

jest.setTimeout(120_000);

// Written for this test: the same frame, another counterpart, city and topic.
const template = templateReadout;

let db: TempDatabase;

beforeAll(async () => {
  db = await createTempDatabase();
  process.env.DATABASE_URL = db.url;
  const ministry = await db.prisma.party.create({ data: { slug: "ministry", name: "Ministry of Test Affairs", shortName: "MTA", kind: "ministry", color: "#336699" } });
  const north = await db.prisma.party.create({ data: { slug: "northland", name: "Government of Northland", shortName: "NL", kind: "government", color: "#993366" } });
  const south = await db.prisma.party.create({ data: { slug: "southland", name: "Government of Southland", shortName: "SL", kind: "government", color: "#669933" } });
  const event = await db.prisma.event.create({ data: { slug: "two-calls", title: "The minister's two calls", occurredOn: new Date("2026-11-02") } });
  const calls = [];
  for (const [position, counterpart] of [north, south].entries()) {
    calls.push(
      await db.prisma.exchange.create({
        data: { eventId: event.id, slug: `call-${counterpart.slug}`, position, kind: "call", title: `Call with ${counterpart.name}`, participants: { create: [{ partyId: ministry.id }, { partyId: counterpart.id }] } },
      }),
    );
  }
  const texts = [template("the Prime Minister of Northland", "Arden", "the border talks"), template("the President of Southland", "Brell", "the transit corridor")];
  for (const [position, call] of calls.entries()) {
    await db.prisma.statement.create({
      data: { slug: `readout-${position + 1}`, eventId: event.id, partyId: ministry.id, position, title: `Readout of the ${call.title.toLowerCase()}`, kind: "official_readout", sourceName: "Ministry", body: texts[position], exchanges: { create: [{ exchangeId: call.id }] } },
    });
  }
});

afterAll(async () => {
  await (await import("@/lib/db")).prisma.$disconnect();
  await db?.cleanup();
});

const params = <T,>(value: T) => ({ params: Promise.resolve(value) });

test("the comparison lists no versions for two calls' readouts on one template", async () => {
  const api = await import("@/app/api/events/[slug]/comparison/route");
  const response = await api.GET(new Request("http://127.0.0.1:3000/api/events/two-calls/comparison"), params({ slug: "two-calls" }));
  expect(response.status).toBe(200);
  expect((await response.json()).comparison.versions).toEqual([]);
});

test("the pairwise exports say the two report different exchanges, not near-copies, and still show the sentence pairs", async () => {
  const { getEvent } = await import("@/lib/data/events");
  const { renderExport } = await import("@/lib/export/render");
  const { parseEventViewState } = await import("@/lib/view/event-view-state");
  const { pairwiseDocumentSchema } = await import("@/lib/export/pairwise-document-schema");
  const { DIFFERENT_EXCHANGES_NOTE } = await import("@/lib/view/pairwise-diff");
  const event = (await getEvent("two-calls"))!;
  const query = { view: "pairwise", a: "readout-1", b: "readout-2" };
  const state = parseEventViewState(
    event.statements.map((s) => s.slug),
    query,
    event.exchanges.map((x) => x.slug),
  );
  const exported = (format: "json" | "md" | "html") => renderExport(format, event, state, [], new URLSearchParams(query), "/events/two-calls", "http://127.0.0.1:3000");
  const pair = pairwiseDocumentSchema.parse(await (await exported("json")).json()).pair;
  expect(pair.nearCopy).toBeNull();
  expect(pair.differentExchanges).toBe(true);
  // Five sentences on each side, paired one to one: the edits are where the two calls differ.
  expect(pair.sentencePairs.map((p) => p.relation)).toEqual(["changed", "changed", "equal", "changed", "equal"]);
  const markdown = await (await exported("md")).text();
  expect(markdown).toContain(DIFFERENT_EXCHANGES_NOTE);
  expect(markdown).not.toContain("Near-copies");
  expect(await (await exported("html")).text()).toContain("These report different exchanges, so they are not versions of one another");
});
