/** @jest-environment node */
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";
import { jsonStrings, MAX_JSON_DEPTH } from "@/lib/domain/json-walk";
import { importBundle } from "@/lib/data/import";
import { makeEditor, sampleBundle, tableCounts } from "../editorial/fixtures";

jest.setTimeout(60_000);

let db: TempDatabase;
beforeAll(async () => {
  db = await createTempDatabase();
});
afterAll(async () => db.cleanup());

test("a 600 KB bundle of deeply nested arrays in an unknown key is refused with a clear message, nothing written", async () => {
  const editor = await makeEditor(db.prisma);
  const depth = 300_000;
  const bundle = JSON.stringify({ ...sampleBundle(), extra: "__DEEP__" }).replace('"__DEEP__"', `${"[".repeat(depth)}${"]".repeat(depth)}`);
  expect(bundle.length).toBeGreaterThan(600_000);
  const before = await tableCounts(db.prisma);
  const result = await importBundle(db.prisma, bundle, editor);
  expect(result).toEqual({
    ok: false,
    status: "invalid",
    message: `The bundle nests deeper than 32 levels (at extra${"[0]".repeat(31)}); nothing was imported.`,
    fieldErrors: undefined,
  });
  expect(await tableCounts(db.prisma)).toEqual(before);
});

test("nesting up to the cap is walked (strings at depth 32 are still checked); one level more is refused", () => {
  const nest = (levels: number) => {
    let value: unknown = "x\u0007";
    for (let i = 0; i < levels; i++) value = [value];
    return value;
  };
  expect(jsonStrings(nest(MAX_JSON_DEPTH))).toEqual({ ok: true, strings: [["[0]".repeat(MAX_JSON_DEPTH), "x\u0007"]] });
  expect(jsonStrings(nest(MAX_JSON_DEPTH + 1))).toEqual({ ok: false, path: "[0]".repeat(MAX_JSON_DEPTH), depth: MAX_JSON_DEPTH + 1 });
  expect(jsonStrings({ a: ["p", { b: "q" }], c: "r" })).toEqual({ ok: true, strings: [["a[0]", "p"], ["a[1].b", "q"], ["c", "r"]] });
});
