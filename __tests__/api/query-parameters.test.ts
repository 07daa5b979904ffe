/** @jest-environment node */
import type { TempDatabase } from "../helpers/temp-db";
import { createSeededDatabase, SEED_EVENT } from "../helpers/seeded-database";

// Tester B5 (issue 12): every reading route that takes query parameters answers a bad one with a 400 naming it —
// never a 200 that silently shows or exports something else. Real route handlers over a real, seeded SQLite.
jest.setTimeout(120_000);

let db: TempDatabase;
let statementId: number;
let routes: {
  comparison: typeof import("@/app/api/events/[slug]/comparison/route");
  eventExport: typeof import("@/app/events/[slug]/export/[format]/route");
  history: typeof import("@/app/api/statements/[id]/history/route");
  historyExport: typeof import("@/app/statements/[id]/history/export/[format]/route");
};

const SLUGS = "am-pmo-readout, az-media-account, state-dept-statement, news-report";

beforeAll(async () => {
  db = await createSeededDatabase();
  // Four versions of the State Department statement: the current one and three revisions written before it.
  const statement = await db.prisma.statement.findFirstOrThrow({ where: { slug: "state-dept-statement" } });
  statementId = statement.id;
  for (const version of [1, 2, 3]) {
    await db.prisma.statementRevision.create({ data: { statementId, version, title: statement.title, body: `${statement.body} Revision ${version} added this sentence.` } });
  }
  await db.prisma.statement.update({ where: { id: statementId }, data: { version: 4 } });
  routes = {
    comparison: await import("@/app/api/events/[slug]/comparison/route"),
    eventExport: await import("@/app/events/[slug]/export/[format]/route"),
    history: await import("@/app/api/statements/[id]/history/route"),
    historyExport: await import("@/app/statements/[id]/history/export/[format]/route"),
  };
});

afterAll(async () => {
  await (await import("@/lib/db")).prisma.$disconnect();
  await db?.cleanup();
});

const get = (path: string) => new Request(`http://127.0.0.1:3000${path}`);
const eventExport = (format: string, query: string) =>
  routes.eventExport.GET(get(`/events/${SEED_EVENT}/export/${format}?${query}`), { params: Promise.resolve({ slug: SEED_EVENT, format }) });
const historyApi = (query: string) => routes.history.GET(get(`/api/statements/${statementId}/history?${query}`), { params: Promise.resolve({ id: String(statementId) }) });
const historyExport = (format: string, query: string) =>
  routes.historyExport.GET(get(`/statements/${statementId}/history/export/${format}?${query}`), { params: Promise.resolve({ id: String(statementId), format }) });
const comparison = (query: string) => routes.comparison.GET(get(`/api/events/${SEED_EVENT}/comparison?${query}`), { params: Promise.resolve({ slug: SEED_EVENT }) });

describe("event exports: the pair and the rest of the page's state", () => {
  test.each([
    ["view=pairwise&a=nope&b=news-report", `a must be a statement of this event (${SLUGS}), not “nope”`],
    ["view=pairwise&a=news-report&b=news-report", "a and b must name two different statements, not both “news-report”"],
    ["view=pairwise&a=state-dept-statement&b=news-report&a=am-pmo-readout", "a is given 2 times (“state-dept-statement”, “am-pmo-readout”); give it once"],
    ["view=pairwise&a=state-dept-statement&b=news-report&mode=3d", "mode must be one of split, inline, not “3d”"],
    ["view=quotes&verdict=made-up", "verdict must be one of altered, not_found_in_speaker, other_party, not_found, no_speaker_statement, verbatim, not “made-up”"],
    ["view=coverage&sort=size", "sort must be one of order, reach, label, not “size”"],
    ["view=aligned&filter=sideways", "filter must be unique:<statement>, missing:<statement>, party-only:<statement>, not “sideways”"],
    ["view=aligned&exchange=nope", "exchange must be an exchange of this event (blinken-pashinyan-call, blinken-aliyev-call), not “nope”"],
  ])("%s → 400 naming it, in every text format", async (query, message) => {
    for (const format of ["json", "csv", "md", "html"]) {
      const response = await eventExport(format, query);
      expect(response.status).toBe(400);
      expect(await response.text()).toBe(`Bad export request: ${message}.`);
    }
  });

  test("the same pair, well formed, exports that pair", async () => {
    const response = await eventExport("json", "view=pairwise&a=state-dept-statement&b=news-report");
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc.pair).toMatchObject({ from: "state-dept-statement", to: "news-report" });
  });
});

describe("the history API and exports: from and to", () => {
  test("equal from and to is a 400 naming the version, in the API and every export", async () => {
    const message = "from and to are both version 2; choose two different versions of this statement, 1–4";
    const api = await historyApi("from=2&to=2");
    expect(api.status).toBe(400);
    expect((await api.json()).error).toBe(message);
    for (const format of ["md", "json", "csv", "html"]) {
      const response = await historyExport(format, "from=2&to=2");
      expect(response.status).toBe(400);
      expect(await response.text()).toBe(`Bad export request: ${message}.`);
    }
    // from alone naming the newest version: to defaults to the newest too, the same pair of one version.
    expect((await (await historyApi("from=4")).json()).error).toBe("from and to are both version 4; choose two different versions of this statement, 1–4");
  });

  test("a repeated from or to is a 400 naming its values", async () => {
    const api = await historyApi("from=1&to=4&from=2");
    expect(api.status).toBe(400);
    expect((await api.json()).error).toBe("from is given 2 times (“1”, “2”); give it once");
    const download = await historyExport("md", "from=1&to=4&to=3&paper=A4&paper=Letter");
    expect(download.status).toBe(400);
    expect(await download.text()).toBe("Bad export request: to is given 2 times (“4”, “3”); give it once.");
    const paper = await historyExport("json", "from=1&to=4&paper=A4&paper=Letter");
    expect(await paper.text()).toBe("Bad export request: paper is given 2 times (“A4”, “Letter”); give it once.");
  });

  test("two different versions answer 200 with the pair asked for", async () => {
    const response = await historyApi("from=1&to=4");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ from: 1, to: 4 });
    const markdown = await (await historyExport("md", "from=3&to=1")).text();
    expect(markdown).not.toContain("Only one version");
  });
});

describe("the comparison API", () => {
  test("a statement named twice is not two statements: 400 naming it", async () => {
    const response = await comparison("statements=news-report,news-report");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: "Bad query parameters",
      details: [{ parameter: "statements", message: 'statement "news-report" is named twice; name at least two different statements' }],
    });
  });

  test("a repeated parameter is a 400 naming it and its values", async () => {
    const response = await comparison("statements=news-report,am-pmo-readout&statements=az-media-account,news-report");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: "Bad query parameters",
      details: [{ parameter: "statements", message: "statements is given 2 times (“news-report,am-pmo-readout”, “az-media-account,news-report”); give it once" }],
    });
  });

  test("two different statements answer 200 with both", async () => {
    const response = await comparison("statements=news-report,am-pmo-readout");
    expect(response.status).toBe(200);
    expect((await response.json()).statements.map((s: { slug?: string; id?: string }) => s.slug ?? s.id)).toEqual(["am-pmo-readout", "news-report"]);
  });
});
