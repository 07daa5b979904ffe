/** @jest-environment node */
import { updateStatement } from "@/lib/data/statements";
import { editInput, makeEditor } from "../editorial/fixtures";
import type { TempDatabase } from "../helpers/temp-db";
import { createSeededDatabase, SEED_EVENT } from "../helpers/seeded-database";

jest.setTimeout(120_000);

let db: TempDatabase;
let routes: {
  exports: typeof import("@/app/events/[slug]/export/[format]/route");
  comparison: typeof import("@/app/api/events/[slug]/comparison/route");
};

beforeAll(async () => {
  db = await createSeededDatabase();
  routes = {
    exports: await import("@/app/events/[slug]/export/[format]/route"),
    comparison: await import("@/app/api/events/[slug]/comparison/route"),
  };
});

afterAll(async () => {
  await (await import("@/lib/db")).prisma.$disconnect();
  await db?.cleanup();
});

const origin = "http://127.0.0.1:3000";
const get = (path: string, headers: Record<string, string> = {}) => new Request(`${origin}${path}`, { headers });
const exportMd = (headers: Record<string, string> = {}) =>
  routes.exports.GET(get(`/events/${SEED_EVENT}/export/md?view=coverage`, headers), { params: Promise.resolve({ slug: SEED_EVENT, format: "md" }) });
const comparisonJson = (headers: Record<string, string> = {}) =>
  routes.comparison.GET(get(`/api/events/${SEED_EVENT}/comparison`, headers), { params: Promise.resolve({ slug: SEED_EVENT }) });

/** A text edit through the real data layer, as the edit form saves it. */
async function editFirstStatement(sentence: string) {
  const editor = await makeEditor(db.prisma, `cache-${Date.now()}@example.org`);
  const event = await db.prisma.event.findUniqueOrThrow({ where: { slug: SEED_EVENT }, include: { statements: { orderBy: { position: "asc" } } } });
  const stored = event.statements[0];
  const result = await updateStatement(db.prisma, { ...editInput(stored), body: `${stored.body}\n${sentence}`, reason: "added a sentence" }, editor);
  expect(result).toMatchObject({ ok: true, textChanged: true });
}

describe.each([
  ["export (Markdown)", () => exportMd, "text/markdown; charset=utf-8"],
  ["API comparison", () => comparisonJson, "application/json"],
] as const)("%s served from cache", (_, route, contentType) => {
  test("first read renders, the second comes from the cache, If-None-Match answers 304; an edit changes the ETag and the answer", async () => {
    const read = route();
    const first = await read();
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toContain(contentType);
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const firstBody = await first.text();

    const second = await read();
    expect([second.status, second.headers.get("x-readout-cache"), second.headers.get("etag")]).toEqual([200, "hit", etag]);
    expect(await second.text()).toBe(firstBody);

    const notModified = await read({ "if-none-match": etag });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");

    const sentence = `The envoys also agreed on a hotline, edit ${Math.random().toString(36).slice(2)}.`;
    await editFirstStatement(sentence);

    const afterEdit = await read({ "if-none-match": etag });
    expect(afterEdit.status).toBe(200);
    expect(afterEdit.headers.get("x-readout-cache")).toBe("miss");
    expect(afterEdit.headers.get("etag")).not.toBe(etag);
    expect(await afterEdit.text()).toContain(sentence.slice(0, -1));
  });
});
