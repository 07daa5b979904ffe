/** @jest-environment node */
import { requestOrigin } from "@/lib/api/request-origin";
import { CSV_TABLES_BY_VIEW, parseExportRequest } from "@/lib/export/export-request";
import { EVENT_VIEWS, parseEventViewState } from "@/lib/view/event-view-state";

const request = (query: Record<string, string>) => parseExportRequest(new URLSearchParams(query));

describe("the export request schema (view, table, paper)", () => {
  test("each view's own table is the default, and only its tables are accepted", () => {
    for (const view of EVENT_VIEWS) {
      expect(request({ view })).toEqual({ ok: true, request: { view, table: CSV_TABLES_BY_VIEW[view][0], paper: "A4" } });
      for (const other of EVENT_VIEWS.filter((v) => v !== view)) {
        for (const table of CSV_TABLES_BY_VIEW[other].filter((t) => !CSV_TABLES_BY_VIEW[view].includes(t))) {
          expect(request({ view, table })).toMatchObject({ ok: false, message: expect.stringContaining(`not “${table}”`) });
        }
      }
    }
  });

  test("paper in any case; empty values count as absent; every bad value is named", () => {
    expect(request({ view: "quotes", paper: "letter" })).toEqual({ ok: true, request: { view: "quotes", table: "quotes", paper: "Letter" } });
    expect(request({ view: "", table: "", paper: "" })).toEqual({ ok: true, request: { table: "claims", paper: "A4" } });
    expect(request({ view: "grid", paper: "A5" })).toEqual({
      ok: false,
      message: "view must be one of aligned, coverage, quotes, pairwise, not “grid”; paper must be one of A4, Letter, not “A5”",
    });
  });

  test("the page's view state and the export accept exactly the same views", () => {
    for (const view of [...EVENT_VIEWS, "grid", "Aligned", " coverage"]) {
      const page = parseEventViewState(["a", "b"], { view });
      const exported = request({ view });
      expect(exported.ok).toBe(page.notices.length === 0);
      if (exported.ok) expect(exported.request.view).toBe(page.view);
    }
  });
});

describe("requestOrigin: the origin the client asked for", () => {
  const make = (url: string, headers: Record<string, string>) => new Request(url, { headers });

  test("the Host header, not the server's bind name; a proxy's X-Forwarded-Proto sets the scheme", () => {
    expect(requestOrigin(make("http://localhost:3000/x", { host: "127.0.0.1:3000" }))).toBe("http://127.0.0.1:3000");
    expect(requestOrigin(make("http://localhost:3000/x", { host: "readout.example.org", "x-forwarded-proto": "https, http" }))).toBe("https://readout.example.org");
    expect(requestOrigin(make("http://localhost:3000/x", { host: "[::1]:3000" }))).toBe("http://[::1]:3000");
  });

  test("a Host that is not a plain host[:port], or a scheme other than http(s), is not trusted", () => {
    expect(requestOrigin(make("http://localhost:3000/x", { host: "evil.example/<script>" }))).toBe("http://localhost:3000");
    expect(requestOrigin(make("http://localhost:3000/x", { host: "127.0.0.1:3000", "x-forwarded-proto": "javascript" }))).toBe("http://127.0.0.1:3000");
  });
});
