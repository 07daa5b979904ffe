/** @jest-environment node */
import fs from "node:fs";
import path from "node:path";
import { bundleSchema } from "@/lib/domain/bundle-schema";
import { loadSeedBundle } from "@/lib/data/seed-bundle";

const report = fs.readFileSync(path.join(__dirname, "../../prisma/seed-data/blinken-calls-news-report.txt"), "utf8");
const reportParagraphs = report.split("\n").map((p) => p.trim()).filter(Boolean);
const bundle = loadSeedBundle();

describe("seed data", () => {
  test("the bundled report is the shared seed report, unchanged", () => {
    const shared = path.join(__dirname, "../../../shared/seed/blinken-calls-news-report.txt");
    // shared/ sits beside the checkout on developer machines and in CI; elsewhere the bundled copy stands alone.
    if (fs.existsSync(shared)) expect(report).toBe(fs.readFileSync(shared, "utf8"));
    expect(report).toContain("WASHINGTON, DC");
  });

  test("every statement names a known party and its provenance", () => {
    const partySlugs = new Set(bundle.parties.map((p) => p.slug));
    for (const event of bundle.events) {
      for (const statement of event.statements) {
        expect(partySlugs.has(statement.party)).toBe(true);
        expect(statement.sourceName).toMatch(/report/i);
        expect(statement.provenanceNote.length).toBeGreaterThan(40);
        expect(statement.provenanceNote).toMatch(/report/);
      }
    }
  });

  test("every statement paragraph is the report's own wording, word for word", () => {
    for (const event of bundle.events) {
      for (const statement of event.statements) {
        for (const paragraph of statement.body.split("\n")) {
          expect(reportParagraphs).toContain(paragraph);
        }
      }
    }
  });

  test("the Blinken-calls event has the four statements the report describes", () => {
    const event = bundle.events.find((e) => e.slug === "blinken-calls-pashinyan-aliyev-2023-11-27")!;
    expect(event.occurredOn).toBe("2023-11-27");
    expect(event.statements.map((s) => [s.slug, s.party, s.kind])).toEqual([
      ["am-pmo-readout", "am-pmo", "official_readout"],
      ["az-media-account", "az-president", "media_account"],
      ["state-dept-statement", "us-state-dept", "official_readout"],
      ["news-report", "news-report", "news_report"],
    ]);
    const [armenian, azerbaijani, stateDept, news] = event.statements;
    expect(armenian.body).toContain("over 100,000 forcibly displaced persons of Nagorno-Karabakh");
    expect(azerbaijani.body).toContain("“unfounded ban on Azerbaijani officials’ visits to the United States.”");
    expect(stateDept.speaker).toContain("Matthew Miller");
    expect(stateDept.body).toContain("“noted recent points of concern”");
    expect(news.body).toBe(report.trim());
  });

  test("the seed file passes the bundle schema, and a broken copy does not", () => {
    const raw = JSON.parse(fs.readFileSync(path.join(__dirname, "../../prisma/seed-data/blinken-calls.json"), "utf8"));
    expect(bundleSchema.safeParse(raw).success).toBe(true);
    raw.events[0].statements[0].party = "nobody";
    raw.events[0].statements[1].body = "   ";
    const result = bundleSchema.safeParse(raw);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "events.0.statements.0.party: unknown party \"nobody\"",
        "events.0.statements.1.body: The text is empty.",
      ]),
    );
  });
});
