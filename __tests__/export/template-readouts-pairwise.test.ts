/** @jest-environment node */
import { MINISTRY, openExportFixture, type ExportFixture } from "../helpers/export-fixture";
import { templateReadout } from "../helpers/template-readout";

/**
 * Tester 37 #11: one ministry's readouts of two separate calls, written on one template, were listed as versions
 * ("Near-copies: one is probably a re-publication of the other"). Through the comparison API and the pairwise
 * exports, on a real SQLite database written through Prisma: no version entry, and the pairwise view says why.
 */

jest.setTimeout(120_000);

// Written for this test: the same frame, another counterpart, city and topic.
const template = templateReadout;

let fixture: ExportFixture;

beforeAll(async () => {
  fixture = await openExportFixture();
  const [ministry, north, south] = await fixture.parties([
    MINISTRY,
    ["northland", "Government of Northland", "NL", "government", "#993366"],
    ["southland", "Government of Southland", "SL", "government", "#669933"],
  ]);
  const event = await fixture.event("two-calls", "The minister's two calls", "2026-11-02");
  const calls = [];
  for (const [position, counterpart] of [north, south].entries()) {
    calls.push(await fixture.exchange(event.id, { slug: `call-${counterpart.slug}`, position, kind: "call", title: `Call with ${counterpart.name}`, participantIds: [ministry.id, counterpart.id] }));
  }
  const texts = [template("the Prime Minister of Northland", "Arden", "the border talks"), template("the President of Southland", "Brell", "the transit corridor")];
  await fixture.statements(
    event.id,
    calls.map((call, position) => ({ slug: `readout-${position + 1}`, partyId: ministry.id, position, title: `Readout of the ${call.title.toLowerCase()}`, sourceName: "Ministry", body: texts[position], exchangeIds: [call.id] })),
  );
});

afterAll(async () => {
  await fixture?.close();
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
