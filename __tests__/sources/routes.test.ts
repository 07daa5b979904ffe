/** @jest-environment node */
import { JSDOM } from "jsdom";
import { sha256Hex } from "@/lib/sources/fetch";
import { openExportFixture, type ExportFixture } from "../helpers/export-fixture";

jest.setTimeout(60_000);

let fixture: ExportFixture;
let statementId: number;
let snapshotId: number;
let routes: {
  snapshot: typeof import("@/app/statements/[id]/snapshots/[snapshotId]/route");
  feed: typeof import("@/app/feeds/source-changes/route");
  eventFeed: typeof import("@/app/events/[slug]/source-changes/route");
};
// A stored page that would run a script if it were served inline on Readout's origin.
const PAGE = new Uint8Array(Buffer.from("<html><body><p>Stored page.</p><script>document.title = 'ran'</script></body></html>"));

beforeAll(async () => {
  fixture = await openExportFixture();
  const { prisma } = fixture.db;
  const [party] = await fixture.parties([["mfa", "Ministry of Examples", "MFA", "ministry", "#1d4ed8"]]);
  const event = await fixture.event("call", "A call", "2024-01-01T00:00:00Z");
  const statement = await fixture.statement(event.id, { slug: "s", partyId: party.id, title: "Readout <b>one</b>", sourceName: "MFA", sourceUrl: "https://mfa.example/r", body: "New text here.", version: 2 });
  statementId = statement.id;
  const snapshot = (extractedText: string, fetchedAt: string) =>
    prisma.sourceSnapshot.create({
      data: { statementId, origin: "url", finalUrl: "https://mfa.example/r", contentType: "text/html; charset=utf-8", bytes: PAGE, byteLength: PAGE.length, sha256: sha256Hex(PAGE), fetchedAt: new Date(fetchedAt), extractedText },
    });
  const before = await snapshot("Old text here.", "2024-01-01T10:00:00Z");
  const after = await snapshot("New text here.", "2024-01-02T10:00:00Z");
  snapshotId = before.id;
  await prisma.sourceCheck.create({
    data: { statementId, checkedAt: new Date("2024-01-02T10:00:00Z"), outcome: "changed", fromVersion: 1, toVersion: 2, beforeSnapshotId: before.id, afterSnapshotId: after.id },
  });
  routes = {
    snapshot: await import("@/app/statements/[id]/snapshots/[snapshotId]/route"),
    feed: await import("@/app/feeds/source-changes/route"),
    eventFeed: await import("@/app/events/[slug]/source-changes/route"),
  };
});

afterAll(async () => {
  await fixture?.close();
});

const origin = "http://127.0.0.1:3000";
const params = <T,>(value: T) => ({ params: Promise.resolve(value) });

describe("snapshot downloads", () => {
  it("serves the bytes as kept, as a sandboxed attachment that names its SHA-256", async () => {
    const response = await routes.snapshot.GET(new Request(`${origin}/statements/${statementId}/snapshots/${snapshotId}`), params({ id: String(statementId), snapshotId: String(snapshotId) }));
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PAGE);
    const sha = sha256Hex(PAGE);
    expect(Object.fromEntries(["content-type", "content-disposition", "x-content-type-options", "content-security-policy", "x-snapshot-sha256", "x-snapshot-url", "x-snapshot-fetched-at"].map((h) => [h, response.headers.get(h)]))).toEqual({
      "content-type": "text/html; charset=utf-8",
      "content-disposition": `attachment; filename="snapshot-${snapshotId}-${sha.slice(0, 12)}.html"`,
      "x-content-type-options": "nosniff",
      "content-security-policy": "sandbox; default-src 'none'",
      "x-snapshot-sha256": sha,
      "x-snapshot-url": "https://mfa.example/r",
      "x-snapshot-fetched-at": "2024-01-01T10:00:00.000Z",
    });
  });

  it("answers 404 for a snapshot of another statement or a malformed id", async () => {
    // And for ids written another way (one address per record, lib/domain/record-id.ts): Number() read them as the same snapshot.
    const aliases = (n: number) => [`0${n}`, `+${n}`, `${n}.0`, `${n}e0`, ` ${n}`];
    const malformed = [[String(statementId + 1), String(snapshotId)], [String(statementId), "abc"], ["-1", String(snapshotId)], ...aliases(snapshotId).map((alias) => [String(statementId), alias]), ...aliases(statementId).map((alias) => [alias, String(snapshotId)])];
    for (const [id, snapshot] of malformed) {
      const response = await routes.snapshot.GET(new Request(`${origin}/x`), params({ id, snapshotId: snapshot }));
      expect([id, snapshot, response.status]).toEqual([id, snapshot, 404]);
    }
  });
});

describe("Atom feeds of changes at source", () => {
  const parse = async (response: Response) => {
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    return new JSDOM(await response.text(), { contentType: "application/xml" }).window.document;
  };

  it("lists the change in the feed of all events and in its event's feed, as well-formed Atom with absolute links", async () => {
    const all = await parse(await routes.feed.GET(new Request(`${origin}/feeds/source-changes`)));
    const one = await parse(await routes.eventFeed.GET(new Request(`${origin}/events/call/source-changes`), params({ slug: "call" })));
    for (const document of [all, one]) {
      const entries = document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
      expect(entries).toHaveLength(1);
      expect(entries[0].getElementsByTagName("title")[0].textContent).toBe("Edited at source: Readout <b>one</b> (Ministry of Examples)");
      expect(entries[0].getElementsByTagName("link")[0].getAttribute("href")).toBe(`${origin}/statements/${statementId}/history`);
      expect(entries[0].getElementsByTagName("updated")[0].textContent).toBe("2024-01-02T10:00:00.000Z");
    }
    expect(all.getElementsByTagName("link")[0].getAttribute("href")).toBe(`${origin}/feeds/source-changes`);
  });

  it("answers 404 for an unknown event", async () => {
    const response = await routes.eventFeed.GET(new Request(`${origin}/events/nope/source-changes`), params({ slug: "nope" }));
    expect(response.status).toBe(404);
  });
});
