/** @jest-environment node */
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import type { Bundle } from "@/lib/domain/bundle-schema";
import { toCsv } from "@/lib/export/csv";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

/** Issue 14: CSV cells are never cut, whatever their length or content; a real CSV parser gives each back exactly. */

jest.setTimeout(180_000);

const parseCsv = (csv: string): string[][] => parse(csv, { bom: true, relax_column_count: false });

/** A cell of exactly `length` UTF-16 units of ordinary words (written for this test). */
function longText(length: number): string {
  const words = "the delegations went over the draft line by line and agreed to meet again next month";
  let text = "";
  while (text.length < length) text += `${words} `;
  return text.slice(0, length - 1) + "x";
}

describe("toCsv keeps every cell whole", () => {
  test("a 40,000-character cell with quotes, commas, semicolons and line breaks of every kind round-trips exactly", () => {
    const head = `He said "yes", then; “no”\r\nline two\nline three\rline four `;
    const cell = head + longText(40_000 - head.length);
    expect(cell).toHaveLength(40_000);
    const rows = [
      ["claim", "text", "note"],
      ["1", cell, 'a "quoted" note, with a comma'],
      ["2", "", "\n"],
    ];
    const back = parseCsv(toCsv(rows));
    expect(back).toEqual(rows);
    expect(back[1][1]).toHaveLength(40_000);
  });

  test("property: any table of strings (formula-free) parses back to itself", () => {
    const cell = fc.string({ unit: "grapheme", maxLength: 200 }).filter((s) => !/^[\s"'‘’‚‛“”„‟«»]*[=+\-@＝＋－＠]/u.test(s) && !/^[\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (rows) => {
        // A lone empty cell is an empty line, which CSV cannot tell from no row at all.
        fc.pre(rows.every((row) => row.some((c) => c !== "")));
        expect(parseCsv(toCsv(rows))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});

describe("a 40,000-character sentence in a real database comes out whole in the claims and coverage CSV", () => {
  let db: TempDatabase;
  const LONG = longText(40_000);
  const bundle: Bundle = {
    parties: [
      { slug: "long-a", name: "Ministry A", shortName: "A", kind: "other", country: null, color: "#123456" },
      { slug: "long-b", name: "Ministry B", shortName: "B", kind: "other", country: null, color: "#654321" },
    ],
    events: [
      {
        slug: "long-claim",
        title: "A long claim",
        occurredOn: "2024-03-04",
        summary: "",
        statements: [
          {
            slug: "a", party: "long-a", title: "A", kind: "other", sourceName: "Test", sourceUrl: null, publishedOn: null, language: "en",
            speaker: null, provenanceNote: "", body: `${LONG}.\nThe spokesman said the "talks were useful" and would go on.`,
          },
          {
            slug: "b", party: "long-b", title: "B", kind: "other", sourceName: "Test", sourceUrl: null, publishedOn: null, language: "en",
            speaker: null, provenanceNote: "", body: "The ministers will meet in Geneva on Friday.\nThe talks were useful, the spokesman said.",
          },
        ],
      },
    ],
  };

  beforeAll(async () => {
    db = await createTempDatabase();
    const { applyBundle } = await import("@/lib/data/apply-bundle");
    await applyBundle(db.prisma, bundle);
    process.env.DATABASE_URL = db.url;
  });

  afterAll(async () => {
    await (await import("@/lib/db")).prisma.$disconnect();
    await db?.cleanup();
  });

  test("claims (aligned view) and coverage (Coverage view) hold every claim exactly as the engine cut it, however long", async () => {
    const { getEvent } = await import("@/lib/data/events");
    const { parseEventViewState } = await import("@/lib/view/event-view-state");
    const { renderExport } = await import("@/lib/export/render");
    const { compareShown } = await import("@/lib/view/comparison-cache");
    const event = (await getEvent("long-claim"))!;
    expect(event.statements[0].body.startsWith(LONG)).toBe(true);
    const slugs = event.statements.map((s) => s.slug);
    const { comparison } = compareShown(event, parseEventViewState(slugs, {}));
    const textOf = (rowIndex: number, statement: string) => comparison.rows[rowIndex].cells.find((c) => c.statementId === statement)?.text ?? "";
    // The engine's cells of statement "a" hold the whole 40,000-character sentence between them.
    const longest = Math.max(...comparison.rows.map((row) => textOf(row.index, "a").length));
    expect(longest).toBeGreaterThan(1000);

    const claims = parseCsv(await (await renderExport("csv", event, parseEventViewState(slugs, {}), [], new URLSearchParams(), "/events/long-claim")).text());
    expect(claims).toHaveLength(comparison.rows.length + 1);
    const claimCells = claims.slice(1).map((row) => row[3]);
    expect(claimCells.map((cell) => cell.length)).toEqual(comparison.rows.map((row) => textOf(row.index, "a").length));
    expect(claimCells.every((cell, i) => cell === textOf(i, "a"))).toBe(true);

    const coverage = parseCsv(await (await renderExport("csv", event, parseEventViewState(slugs, { view: "coverage" }), [], new URLSearchParams(), "/events/long-claim")).text());
    const items = coverage.filter((row) => row[0] === "claim").map((row) => row[2]);
    expect(items.map((item) => item.length)).toEqual(comparison.rows.map((row) => row.cells[0].text.length));
    expect(items.every((item, i) => item === comparison.rows[i].cells[0].text)).toBe(true);
    expect(Math.max(...items.map((item) => item.length))).toBe(longest);
  });
});
