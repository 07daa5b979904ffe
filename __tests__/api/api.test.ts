/** @jest-environment node */
import type { TempDatabase } from "../helpers/temp-db";
import { createSeededDatabase, SEED_EVENT } from "../helpers/seeded-database";

jest.setTimeout(60_000);

let db: TempDatabase;
let routes: {
  events: typeof import("@/app/api/events/route");
  event: typeof import("@/app/api/events/[slug]/route");
  comparison: typeof import("@/app/api/events/[slug]/comparison/route");
  statement: typeof import("@/app/api/statements/[id]/route");
};

beforeAll(async () => {
  db = await createSeededDatabase();
  routes = {
    events: await import("@/app/api/events/route"),
    event: await import("@/app/api/events/[slug]/route"),
    comparison: await import("@/app/api/events/[slug]/comparison/route"),
    statement: await import("@/app/api/statements/[id]/route"),
  };
});

afterAll(async () => {
  await (await import("@/lib/db")).prisma.$disconnect();
  await db?.cleanup();
});

const origin = "http://127.0.0.1:3000";
const get = (path: string, headers: Record<string, string> = {}) => new Request(`${origin}${path}`, { headers });
const params = <T,>(value: T) => ({ params: Promise.resolve(value) });

describe("GET /api/events", () => {
  test("lists events newest first with parties and links", async () => {
    const response = await routes.events.GET(get("/api/events"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.events.map((e: { slug: string }) => e.slug)).toEqual(["hostile-text", SEED_EVENT, "obrien-testimony-and-cancelled-talks-2023-11"]);
    const seed = body.events[1];
    expect(seed).toMatchObject({ occurredOn: "2023-11-27", statementCount: 4, links: { self: `/api/events/${SEED_EVENT}` } });
    expect(seed.parties.map((p: { shortName: string }) => p.shortName)).toEqual(["Armenia PMO", "Azerbaijan", "State Dept.", "News report"]);
  });

  test("revalidates with ETag and Last-Modified (304, no body)", async () => {
    const first = await routes.events.GET(get("/api/events"));
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(new Date(lastModified).toString()).not.toBe("Invalid Date");
    const byTag = await routes.events.GET(get("/api/events", { "if-none-match": etag }));
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe("");
    expect((await routes.events.GET(get("/api/events", { "if-modified-since": lastModified }))).status).toBe(304);
    expect((await routes.events.GET(get("/api/events", { "if-none-match": '"stale"' }))).status).toBe(200);
  });
});

describe("GET /api/events/{slug}", () => {
  test("the event with its statements in column order", async () => {
    const response = await routes.event.GET(get(`/api/events/${SEED_EVENT}`), params({ slug: SEED_EVENT }));
    const body = await response.json();
    expect(body.statements.map((s: { slug: string }) => s.slug)).toEqual(["am-pmo-readout", "az-media-account", "state-dept-statement", "news-report"]);
    expect(body.statements[2]).toMatchObject({ version: 1, speaker: "Matthew Miller, Department spokesman", party: { slug: "us-state-dept" } });
  });

  test("unknown slug: 404 JSON", async () => {
    const response = await routes.event.GET(get("/api/events/nope"), params({ slug: "nope" }));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'No event with slug "nope"' });
  });

  test("an edit changes the ETag", async () => {
    const before = (await routes.event.GET(get(`/api/events/${SEED_EVENT}`), params({ slug: SEED_EVENT }))).headers.get("etag")!;
    const statement = await db.prisma.statement.findFirstOrThrow({ where: { slug: "news-report" } });
    await db.prisma.statement.update({ where: { id: statement.id }, data: { body: `${statement.body} `, version: { increment: 1 } } });
    const after = await routes.event.GET(get(`/api/events/${SEED_EVENT}`, { "if-none-match": before }), params({ slug: SEED_EVENT }));
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(before);
    await db.prisma.statement.update({ where: { id: statement.id }, data: { body: statement.body, version: { increment: 1 } } });
  });
});

describe("GET /api/events/{slug}/comparison", () => {
  const path = `/api/events/${SEED_EVENT}/comparison`;

  test("compares the chosen statements in the documented format", async () => {
    const response = await routes.comparison.GET(get(`${path}?statements=news-report,am-pmo-readout&base=news-report`), params({ slug: SEED_EVENT }));
    expect(response.status).toBe(200);
    const { comparisonDocumentSchema } = await import("@/lib/export/comparison-document-schema");
    const body = comparisonDocumentSchema.parse(await response.json());
    expect(body.query).toEqual({ statements: ["am-pmo-readout", "news-report"], base: "news-report", threshold: null, exchange: null });
    expect(body.comparison.statements.map((s) => s.id)).toEqual(["am-pmo-readout", "news-report"]);
    expect(body.comparison.options.baseId).toBe("news-report");
    const etag = response.headers.get("etag")!;
    const again = await routes.comparison.GET(
      get(`${path}?statements=news-report,am-pmo-readout&base=news-report`, { "if-none-match": etag }),
      params({ slug: SEED_EVENT }),
    );
    expect(again.status).toBe(304);
  });

  test("an exchange picks its statements; gaps only among them, and the answer says which exchange", async () => {
    const response = await routes.comparison.GET(get(`${path}?exchange=blinken-aliyev-call`), params({ slug: SEED_EVENT }));
    expect(response.status).toBe(200);
    const { comparisonDocumentSchema } = await import("@/lib/export/comparison-document-schema");
    const body = comparisonDocumentSchema.parse(await response.json());
    expect(body.query.exchange).toBe("blinken-aliyev-call");
    expect(body.exchanges.map((x) => x.slug)).toEqual(["blinken-aliyev-call"]);
    expect(body.statements.map((s) => [s.id, s.label, s.sourceRole])).toEqual([
      ["az-media-account", "Azerbaijan", "primary"],
      ["state-dept-statement", "State Dept.", "primary"],
      ["news-report", "News report", "secondary"],
    ]);
    expect(body.comparison.exchanges.map((x) => [x.exchangeId, x.rowIds.length, x.backgroundRowIds.length])).toEqual([["blinken-aliyev-call", 4, 12]]);
    const gaps = body.comparison.rows.flatMap((row) => row.notReportedBy);
    expect([...new Set(gaps)].sort()).toEqual(["az-media-account", "state-dept-statement"]);
    // The bundle in the answer still imports: it names only the chosen exchange.
    expect(body.bundle.events[0].statements.map((s) => s.exchanges)).toEqual([["blinken-aliyev-call"], ["blinken-aliyev-call"], ["blinken-aliyev-call"]]);
    const bad = await routes.comparison.GET(get(`${path}?exchange=nowhere`), params({ slug: SEED_EVENT }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).details).toContainEqual({ parameter: "exchange", message: 'unknown exchange "nowhere"' });
  });

  test.each([
    ["statements=nope,news-report", "statements.0", 'unknown statement "nope"'],
    ["statements=news-report", "statements", "name at least two statements"],
    ["base=zzz", "base", 'unknown statement "zzz"'],
    ["threshold=7", "threshold", "threshold must be a number from 0.05 to 0.95, such as 0.5"],
    ["threshold=abc", "threshold", "threshold must be a number from 0.05 to 0.95, such as 0.5"],
  ])("bad parameters (%s) get a 400 that names them", async (query, parameter, message) => {
    const response = await routes.comparison.GET(get(`${path}?${query}`), params({ slug: SEED_EVENT }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe("Bad query parameters");
    expect(body.details).toContainEqual({ parameter, message });
  });

  test("unknown event: 404", async () => {
    expect((await routes.comparison.GET(get("/api/events/nope/comparison"), params({ slug: "nope" }))).status).toBe(404);
  });
});

describe("GET /api/statements/{id}", () => {
  test("one statement with its party and event", async () => {
    const stored = await db.prisma.statement.findFirstOrThrow({ where: { slug: "am-pmo-readout" } });
    const response = await routes.statement.GET(get(`/api/statements/${stored.id}`), params({ id: String(stored.id) }));
    const body = await response.json();
    expect(body).toMatchObject({ id: stored.id, slug: "am-pmo-readout", party: { shortName: "Armenia PMO" }, event: { slug: SEED_EVENT } });
    expect(body.body).toContain("100,000 forcibly displaced persons");
    const etag = response.headers.get("etag")!;
    expect((await routes.statement.GET(get(`/api/statements/${stored.id}`, { "if-none-match": etag }), params({ id: String(stored.id) }))).status).toBe(304);
  });

  test.each([
    ["abc", 400],
    ["0", 400],
    ["-1", 400],
    ["1.5", 400],
    ["999999", 404],
  ])("id %s answers %i", async (id, status) => {
    const response = await routes.statement.GET(get(`/api/statements/${id}`), params({ id }));
    expect(response.status).toBe(status);
    expect((await response.json()).error).toEqual(expect.any(String));
  });
});
