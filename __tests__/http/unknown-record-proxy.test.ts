/**
 * @jest-environment node
 */
// Tester 39 #6: an unknown event or statement answered 404 with Next's empty error document (notFound() thrown while
// the page's shell renders leaves only the RSC payload, which needs JavaScript). proxy.ts now sends such addresses to
// a path no route serves, so Next renders the app's not-found page (app/not-found.tsx) into the HTML with status
// 404. Here: the proxy's decisions on a real SQLite database, and the page it leads to, rendered to HTML. Over HTTP
// against `npm start`: e2e/foundation.spec.ts ("… without JavaScript").
import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { SESSION_COOKIE_NAME } from "@/lib/auth/session-cookie";
import { readerPageRecord, UNKNOWN_RECORD_PATH } from "@/lib/data/reader-page-record";
import { MINISTRY, openExportFixture, type ExportFixture } from "../helpers/export-fixture";

jest.setTimeout(60_000);

let fixture: ExportFixture;
let statementId: number;

beforeAll(async () => {
  fixture = await openExportFixture();
  const [party] = await fixture.parties([MINISTRY]);
  const event = await fixture.event("a-known-call", "A known call", "2026-11-02");
  const body = "The ministers spoke by phone on Monday.";
  statementId = (await fixture.statement(event.id, { slug: "readout", partyId: party.id, position: 0, title: "Readout", sourceName: "Ministry", body })).id;
});

afterAll(async () => {
  await fixture?.close();
});

/** Where the proxy sends `pathname`: "next" (on to the page), or the path it rewrites to. */
async function routed(pathname: string, editor = false): Promise<string> {
  const { proxy } = await import("@/proxy");
  const request = new NextRequest(`http://localhost:3000${pathname}`, { headers: editor ? { cookie: `${SESSION_COOKIE_NAME}=x` } : {} });
  const response = await proxy(request);
  const rewrite = response.headers.get("x-middleware-rewrite");
  if (rewrite) return new URL(rewrite).pathname;
  expect(response.headers.get("x-middleware-next")).toBe("1");
  return "next";
}

describe("proxy: unknown events and statements go to the not-found route", () => {
  test("an unknown event, statement or revision history is rewritten to the not-found path, for readers and editors", async () => {
    for (const pathname of ["/events/no-such-event", "/statements/999999", "/statements/999999/history", "/statements/abc", "/statements/0/history"]) {
      expect([pathname, await routed(pathname)]).toEqual([pathname, UNKNOWN_RECORD_PATH]);
      expect([pathname, await routed(pathname, true)]).toEqual([pathname, UNKNOWN_RECORD_PATH]);
    }
  });

  test("a known event still goes to its cached route (readers) or its dynamic page (editors); a known statement to its page", async () => {
    expect(await routed("/events/a-known-call")).toMatch(/^\/events\/a-known-call\/view\//);
    expect(await routed("/events/a-known-call", true)).toBe("next");
    expect(await routed(`/statements/${statementId}`)).toBe("next");
    expect(await routed(`/statements/${statementId}/history`)).toBe("next");
  });

  test("a database that cannot answer lets the request through, so the page says why (DatabaseProblem)", async () => {
    const { readPrisma } = await import("@/lib/db");
    const spy = jest.spyOn(readPrisma.event, "findUnique").mockRejectedValueOnce(new Error("no such table: Event"));
    try {
      expect(await routed("/events/whatever")).toMatch(/^\/events\/whatever\/view\//);
    } finally {
      spy.mockRestore();
    }
  });

  test("a record found is not looked up again until the next write generation; a missing one is asked each time", async () => {
    const { readPrisma } = await import("@/lib/db");
    const { bumpWriteGeneration } = await import("@/lib/view/write-generation");
    const spy = jest.spyOn(readPrisma.event, "findUnique");
    try {
      bumpWriteGeneration();
      for (let i = 0; i < 3; i++) await routed("/events/a-known-call");
      expect(spy).toHaveBeenCalledTimes(1);
      for (let i = 0; i < 2; i++) expect(await routed("/events/no-such-event")).toBe(UNKNOWN_RECORD_PATH);
      expect(spy).toHaveBeenCalledTimes(3);
      bumpWriteGeneration();
      await routed("/events/a-known-call");
      expect(spy).toHaveBeenCalledTimes(4);
    } finally {
      spy.mockRestore();
    }
  });

  test("the not-found path is no route: a private (underscore) segment, and nothing under app/ by that name", () => {
    expect(UNKNOWN_RECORD_PATH.split("/")[1]).toMatch(/^_/);
    expect(fs.existsSync(path.join(__dirname, "..", "..", "app", UNKNOWN_RECORD_PATH.split("/")[1]))).toBe(false);
  });
});

describe("readerPageRecord", () => {
  test("reads the record an address names; other addresses are not asked about", () => {
    expect(readerPageRecord("/events/a%20call")).toEqual({ kind: "event", slug: "a call" });
    expect(readerPageRecord("/statements/12")).toEqual({ kind: "statement", id: 12 });
    expect(readerPageRecord("/statements/12/history")).toEqual({ kind: "statement", id: 12 });
    expect(readerPageRecord("/statements/1.5")).toEqual({ kind: "statement", id: null });
    expect(readerPageRecord("/events/%E0%A4%A")).toEqual({ kind: "event", slug: null });
    expect(readerPageRecord("/events/a-call/view/key")).toBeNull();
    expect(readerPageRecord("/statements/12/history/export/md")).toBeNull();
    expect(readerPageRecord("/about")).toBeNull();
  });
});

test("the page Next renders there holds the readable message and a link back home (app/not-found.tsx)", async () => {
  const { default: NotFound } = await import("@/app/not-found");
  const html = renderToStaticMarkup(createElement(NotFound));
  expect(html).toContain(">Not found</h1>");
  expect(html).toContain("There is no event or statement at this address.");
  expect(html).toMatch(/<a [^>]*href="\/"[^>]*>Back to all events<\/a>/);
});
