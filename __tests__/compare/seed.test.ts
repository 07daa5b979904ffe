/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compare } from "@/lib/compare";
import type { StatementInput } from "@/lib/compare";

interface SeedStatement {
  slug: string;
  party: string;
  body: string;
  language?: string;
}

const seed = JSON.parse(readFileSync(join(process.cwd(), "prisma/seed-data/blinken-calls.json"), "utf8")) as {
  parties: { slug: string; shortName: string }[];
  events: { statements: SeedStatement[] }[];
};
const statements: StatementInput[] = seed.events[0].statements.map((s) => ({
  id: s.slug,
  label: seed.parties.find((p) => p.slug === s.party)!.shortName,
  text: s.body,
  language: s.language,
}));
const comparison = compare(statements);

const PARTY_STATEMENTS = ["am-pmo-readout", "az-media-account", "state-dept-statement"];

function rowWith(fragment: string) {
  const rows = comparison.rows.filter((r) => r.cells.some((cell) => cell.text.includes(fragment)));
  expect(rows).toHaveLength(1);
  return rows[0];
}

const coverage = (id: string) => comparison.coverage.find((c) => c.statementId === id)!;

describe("seed event: Blinken’s calls with Pashinyan and Aliyev", () => {
  it("uses the four statements of the first event", () => {
    expect(statements.map((s) => s.id)).toEqual(["am-pmo-readout", "az-media-account", "state-dept-statement", "news-report"]);
  });

  it("finds the 100,000 displaced persons claim in the Armenian readout only, among the parties", () => {
    const row = rowWith("100,000 forcibly displaced persons");
    expect(row.reportedBy.filter((id) => PARTY_STATEMENTS.includes(id))).toEqual(["am-pmo-readout"]);
    expect(row.reportedBy).toContain("am-pmo-readout");
    expect(row.notReportedBy).toEqual(expect.arrayContaining(["az-media-account", "state-dept-statement"]));
    expect(coverage("state-dept-statement").missingRowIds).toContain(row.id);
    expect(coverage("az-media-account").missingRowIds).toContain(row.id);
    expect(coverage("am-pmo-readout").missingRowIds).not.toContain(row.id);
  });

  it("finds the unfounded visa ban only in the Azerbaijani account and the news report", () => {
    const row = rowWith("unfounded ban on Azerbaijani officials’ visits");
    expect(row.reportedBy).toEqual(["az-media-account", "news-report"]);
    expect(coverage("am-pmo-readout").missingRowIds).toContain(row.id);
    expect(coverage("state-dept-statement").missingRowIds).toContain(row.id);
  });

  it.each([
    "The Secretary welcomed President Aliyev’s commitment to conclude a durable and dignified peace agreement between Azerbaijan and Armenia",
    "noted recent points of concern",
    "opportunities to strengthen cooperation, especially around the peace process",
  ])("finds the report’s quotation “%s” verbatim in the State Department statement", (text) => {
    const quote = comparison.quotes.find((q) => q.statementId === "news-report" && q.text === text);
    expect(quote).toBeDefined();
    expect(quote!.verdict).toBe("verbatim");
    expect(quote!.verbatimIn).toContain("state-dept-statement");
  });

  it("finds the Azerbaijani account’s quotation verbatim in the report, trailing full stop and all", () => {
    const [quote] = comparison.quotes.filter((q) => q.statementId === "az-media-account");
    expect(quote.text).toBe("unfounded ban on Azerbaijani officials’ visits to the United States");
    expect(quote.verbatimIn).toEqual(["news-report"]);
  });

  it("does not take the Armenian readout and the State Department statement for versions of each other", () => {
    const pair = comparison.versions.find((v) => [v.aId, v.bId].sort().join() === "am-pmo-readout,state-dept-statement");
    expect(pair).toBeUndefined();
    expect(comparison.versions).toEqual([]);
  });

  it("lists the people each statement mentions", () => {
    const blinken = comparison.entities.find((e) => e.id === "e:person:blinken");
    expect(blinken?.mentionedBy).toEqual(["am-pmo-readout", "az-media-account", "state-dept-statement", "news-report"]);
    const obrien = comparison.entities.find((e) => e.id === "e:person:o'brien");
    expect(obrien?.mentionedBy).toEqual(["az-media-account", "news-report"]);
  });

  it("keeps every segment’s offsets true to the original text", () => {
    for (const statement of comparison.statements) {
      const text = statements.find((s) => s.id === statement.id)!.text;
      for (const segment of statement.segments) expect(text.slice(segment.start, segment.end)).toBe(segment.text);
    }
  });
});
