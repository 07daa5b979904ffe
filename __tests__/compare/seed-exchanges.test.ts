/** @jest-environment node */
import { compare } from "@/lib/compare";
import type { Comparison } from "@/lib/compare/types";
import { loadSeedBundle } from "@/lib/data/seed-bundle";
import { defaultSourceRole } from "@/lib/domain/kinds";

/** The seeded events compared the way the event page does: exchanges, roles, speakers from the bundle. */
function compareSeedEvent(slug: string): Comparison {
  const bundle = loadSeedBundle();
  const names = new Map(bundle.parties.map((p) => [p.slug, [p.name, p.shortName]]));
  const event = bundle.events.find((e) => e.slug === slug)!;
  return compare(
    event.statements.map((s) => ({
      id: s.slug,
      label: s.party,
      text: s.body,
      party: s.party,
      role: s.sourceRole ?? defaultSourceRole(s.kind),
      exchangeIds: s.exchanges,
      speaker: s.speaker,
      partyNames: names.get(s.party),
    })),
    {},
    (event.exchanges ?? []).map((x) => ({ id: x.slug, label: x.title, participants: x.participants })),
  );
}

const text = (comparison: Comparison, ids: string[]) => ids.map((id) => comparison.rows.find((r) => r.id === id)!.cells[0].text);

describe("the seeded Blinken calls, per exchange", () => {
  const comparison = compareSeedEvent("blinken-calls-pashinyan-aliyev-2023-11-27");
  const [pashinyan, aliyev] = comparison.exchanges;

  test("the PMO's claims about the displaced persons are only it said, for the Pashinyan call; it leaves nothing out", () => {
    const pmo = pashinyan.parties.find((p) => p.party === "am-pmo")!;
    expect(text(comparison, pmo.onlyItRowIds)).toEqual([
      expect.stringMatching(/^Armenian Prime Minister Nikol Pashinyan and Blinken discussed/),
      expect.stringMatching(/^The humanitarian issues of over 100,000 forcibly displaced persons/),
      "The importance of support by the international community was underscored.",
    ]);
    expect(pmo.leftOutRowIds).toEqual([]);
    expect(pashinyan.parties.find((p) => p.party === "us-state-dept")!.statementIds).toEqual([]);
  });

  test("no party leaves out the other call or the report's twelve background sentences", () => {
    expect(pashinyan.backgroundRowIds).toHaveLength(12);
    const coverage = (id: string) => comparison.coverage.find((c) => c.statementId === id)!;
    expect(coverage("am-pmo-readout").missingRowIds).toEqual([]);
    expect(text(comparison, coverage("state-dept-statement").missingRowIds)).toEqual([
      expect.stringMatching(/^Azerbaijani President Ilham Aliyev complained/),
      expect.stringMatching(/^According to Azerbaijani media/),
    ]);
    expect(text(comparison, coverage("az-media-account").missingRowIds)).toEqual([
      expect.stringMatching(/^“The Secretary welcomed/),
      expect.stringMatching(/^Blinken also “noted recent points of concern”/),
    ]);
    expect(aliyev.parties.map((p) => [p.party, p.onlyItRowIds.length, p.leftOutRowIds.length])).toEqual([
      ["us-state-dept", 2, 2],
      ["az-president", 2, 2],
    ]);
  });

  test("quotations: once each, from the report to its source, with speakers; O’Brien is a third person here", () => {
    expect(comparison.quotes.every((q) => q.statementId === "news-report")).toBe(true);
    expect(comparison.quotes.map((q) => [q.text.slice(0, 24), q.speaker?.name, q.verdict, q.source?.statementId ?? null])).toEqual([
      ["We’ve made clear that no", "O’Brien", "no_speaker_statement", null],
      ["high-level visits", "O’Brien", "no_speaker_statement", null],
      ["unfounded ban on Azerbai", "Azerbaijani media", "verbatim", "az-media-account"],
      ["The Secretary welcomed P", "Matthew Miller", "verbatim", "state-dept-statement"],
      ["noted recent points of c", "Miller", "verbatim", "state-dept-statement"],
      ["opportunities to strengt", "Miller", "verbatim", "state-dept-statement"],
      ["real opportunity for Aze", "O’Brien", "no_speaker_statement", null],
      ["use whatever tools we co", "O’Brien", "no_speaker_statement", null],
      ["So we’ve been very clear", "O’Brien", "no_speaker_statement", null],
    ]);
  });
});

describe("the seeded O’Brien event", () => {
  test("three exchanges, no omissions across them, no statement quoting itself", () => {
    const comparison = compareSeedEvent("obrien-testimony-and-cancelled-talks-2023-11");
    expect(comparison.exchanges.map((x) => x.exchangeId)).toEqual(["obrien-house-hearing", "az-mfa-cancellation", "obrien-press-remarks"]);
    expect(comparison.rows.flatMap((r) => r.notReportedBy)).toEqual([]);
    expect(comparison.quotes).toEqual([]);
  });
});
