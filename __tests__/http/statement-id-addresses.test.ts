/**
 * @jest-environment node
 */
// Tester: statement ids in page addresses were read with Number(), so `/statements/99999999999999999999` (beyond the
// Int column) answered 500 (Prisma refuses the number), `/statements/010`, `10.0`, `0xa`, `1e1` showed statement 10
// under many addresses, `/statements/+10` got Next's empty error document (the proxy read 10, the page did not), and
// `/statements/%31%30` was a 404 although `/statements/10` exists; `/events/%` (not percent-encoding) answered 500.
// Now one parser (lib/domain/record-id.ts) reads ids for the proxy, the pages and the API: any id not written the one
// canonical way is the server-rendered not-found page, a percent-encoded canonical id a permanent redirect to it.
// Checked through proxy.ts, the pages and the data functions on a real SQLite database.
import { NextRequest } from "next/server";
import { readerPageRecord, readerPageRecordExists, UNKNOWN_RECORD_PATH } from "@/lib/data/reader-page-record";
import { MAX_RECORD_ID, parseStatementId } from "@/lib/domain/record-id";
import { MINISTRY, openExportFixture, type ExportFixture } from "../helpers/export-fixture";

jest.setTimeout(60_000);

let fixture: ExportFixture;
const ID = 10; // two digits, so "1e1" and "0xa" name it too when read with Number()

beforeAll(async () => {
  fixture = await openExportFixture();
  const [party] = await fixture.parties([MINISTRY]);
  const event = await fixture.event("a-known-call", "A known call", "2026-11-02");
  const body = "The ministers spoke by phone on Monday.";
  await fixture.statement(event.id, { id: ID, slug: "readout", partyId: party.id, position: 0, title: "Readout", sourceName: "Ministry", body });
});

afterAll(async () => {
  await fixture?.close();
});

/** What the proxy answers for `pathname`: "next" (on to the page), "rewrite <path>" or "<status> <location>". */
async function routed(pathname: string): Promise<string> {
  const { proxy } = await import("@/proxy");
  const response = await proxy(new NextRequest(`http://localhost:3000${pathname}`));
  const rewrite = response.headers.get("x-middleware-rewrite");
  if (rewrite) return `rewrite ${new URL(rewrite).pathname}`;
  const location = response.headers.get("location");
  if (location) return `${response.status} ${location}`;
  expect(response.headers.get("x-middleware-next")).toBe("1");
  return "next";
}

const ALIASES = ["010", "+10", "%2B10", "10.0", "0xa", "1e1", "%2010", "10%20", "0010"];
const OUT_OF_RANGE = ["99999999999999999999", String(MAX_RECORD_ID + 1), "9999999999"];
const UNKNOWN_ROUTED = `rewrite ${UNKNOWN_RECORD_PATH}`;

describe("proxy: one address per statement", () => {
  test("the canonical id goes on to its page and history", async () => {
    expect(await routed(`/statements/${ID}`)).toBe("next");
    expect(await routed(`/statements/${ID}/history`)).toBe("next");
  });

  test("an id written another way names no statement: the not-found page", async () => {
    for (const id of ALIASES) {
      expect([id, await routed(`/statements/${id}`)]).toEqual([id, UNKNOWN_ROUTED]);
      expect([id, await routed(`/statements/${id}/history`)]).toEqual([id, UNKNOWN_ROUTED]);
    }
  });

  test("an id beyond the database's Int column is the not-found page, without asking the database", async () => {
    const { prisma } = await import("@/lib/db");
    const spy = jest.spyOn(prisma.statement, "findUnique");
    try {
      for (const id of OUT_OF_RANGE) {
        expect([id, await routed(`/statements/${id}`)]).toEqual([id, UNKNOWN_ROUTED]);
        expect([id, await routed(`/statements/${id}/history`)]).toEqual([id, UNKNOWN_ROUTED]);
      }
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  test("a percent-encoded canonical id (the same URI by RFC 3986) is redirected permanently to the plain one, query kept", async () => {
    expect(await routed("/statements/%31%30")).toBe(`308 http://localhost:3000/statements/${ID}`);
    expect(await routed("/statements/%31%30/history?from=1&to=2")).toBe(`308 http://localhost:3000/statements/${ID}/history?from=1&to=2`);
    // Decoded, it must still be canonical: "%30%31%30" is "010", no statement.
    expect(await routed("/statements/%30%31%30")).toBe(UNKNOWN_ROUTED);
    expect(await routed("/statements/%")).toBe(UNKNOWN_ROUTED);
  });

  test("an event slug that is not valid percent-encoding is the not-found page, not a 500", async () => {
    for (const slug of ["%", "%E0%A4%A", "a%zz"]) expect([slug, await routed(`/events/${slug}`)]).toEqual([slug, UNKNOWN_ROUTED]);
    expect(readerPageRecord("/events/%E0%A4%A")).toEqual({ kind: "event", slug: null });
    expect(await readerPageRecordExists({ kind: "event", slug: null }, fixture.db.prisma)).toBe(false);
  });
});

describe("the one parser", () => {
  test("reads only the canonical spelling within the Int column", () => {
    expect(parseStatementId("10")).toBe(10);
    expect(parseStatementId(String(MAX_RECORD_ID))).toBe(MAX_RECORD_ID);
    for (const id of [...ALIASES, ...OUT_OF_RANGE, "0", "-1", "", " ", "1.5", "١٠"]) expect([id, parseStatementId(id)]).toEqual([id, null]);
  });
});

describe("pages and data functions: no crash beyond the Int column, no aliases", () => {
  test("getStatement answers null for an id beyond the Int column (Prisma would throw)", async () => {
    const { getStatement } = await import("@/lib/data/statements");
    const { getSnapshotFile } = await import("@/lib/data/snapshots");
    expect(await getStatement(fixture.db.prisma, 1e20)).toBeNull();
    expect(await getStatement(fixture.db.prisma, MAX_RECORD_ID + 1)).toBeNull();
    expect(await getSnapshotFile(fixture.db.prisma, 1e20, 1)).toBeNull();
    expect((await getStatement(fixture.db.prisma, ID))?.id).toBe(ID);
  });

  test("the statement page and its history call notFound() for an alias or an out-of-range id, and render the canonical one", async () => {
    const { default: StatementPage } = await import("@/app/statements/[id]/page");
    const { default: HistoryPage } = await import("@/app/statements/[id]/history/page");
    const props = (id: string) => ({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) });
    for (const id of [...ALIASES.filter((alias) => !alias.includes("%")), ...OUT_OF_RANGE]) {
      await expect(HistoryPage(props(id))).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
      await expect(StatementPage(props(id))).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    }
    await expect(HistoryPage(props(String(ID)))).resolves.toBeTruthy();
  });

  test("the API reads ids with the same parser: 400 for an alias or an out-of-range id", async () => {
    const route = await import("@/app/api/statements/[id]/route");
    const history = await import("@/app/api/statements/[id]/history/route");
    for (const id of ["010", "1e1", String(MAX_RECORD_ID + 1), "9999999999"]) {
      const request = new Request(`http://127.0.0.1:3000/api/statements/${id}`);
      const response = await route.GET(request, { params: Promise.resolve({ id }) });
      expect([id, response.status]).toEqual([id, 400]);
      expect((await response.json()).error).toContain(`got "${id}"`);
      expect([id, (await history.GET(request, { params: Promise.resolve({ id }) })).status]).toEqual([id, 400]);
    }
    expect((await route.GET(new Request(`http://127.0.0.1:3000/api/statements/${ID}`), { params: Promise.resolve({ id: String(ID) }) })).status).toBe(200);
  });
});
