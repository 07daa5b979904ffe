/** @jest-environment node */
import { compare } from "@/lib/compare";
import type { Comparison, EntityKind } from "@/lib/compare";

function entity(comparison: Comparison, kind: EntityKind, key: string) {
  return comparison.entities.find((e) => e.kind === kind && e.key === key);
}

describe("entity inventory", () => {
  const statements = [
    {
      id: "report",
      label: "Report",
      text: "U.S. Secretary of State Antony Blinken telephoned Armenian Prime Minister Nikol Pashinyan on Monday. Over 100,000 people fled Nagorno-Karabakh after the September 19-20 offensive. The Azerbaijani Foreign Ministry cancelled the November 20 meeting in Washington.",
    },
    {
      id: "readout",
      label: "Readout",
      text: "Blinken’s call with Pashinyan covered the Armenia-Azerbaijan talks. Aliyev will receive the U.S. envoy in Baku in December. “We are ready,” said Matthew Miller of the State Department.",
    },
  ];
  const comparison = compare(statements);

  it("merges a full name, a surname and a possessive into one person", () => {
    const blinken = entity(comparison, "person", "blinken");
    expect(blinken?.mentionedBy).toEqual(["report", "readout"]);
    expect(blinken?.text).toBe("Antony Blinken");
    const readoutSpan = blinken!.mentions.find((m) => m.statementId === "readout")!.spans[0];
    expect(statements[1].text.slice(readoutSpan.start, readoutSpan.end)).toBe("Blinken");
    expect(entity(comparison, "person", "pashinyan")?.mentionedBy).toEqual(["report", "readout"]);
    expect(entity(comparison, "person", "miller")?.text).toBe("Matthew Miller");
  });

  it("does not take titles, demonyms or sentence-initial words for names", () => {
    const people = comparison.entities.filter((e) => e.kind === "person").map((e) => e.key);
    expect(people).not.toEqual(expect.arrayContaining(["secretary"]));
    expect(people).not.toContain("over");
    expect(people).not.toContain("armenian");
    expect(people).not.toContain("state");
  });

  it("classifies organisations and places", () => {
    expect(entity(comparison, "organisation", "azerbaijan foreign ministry")?.mentionedBy).toEqual(["report"]);
    expect(entity(comparison, "organisation", "state department")?.mentionedBy).toEqual(["readout"]);
    expect(entity(comparison, "place", "united states")?.mentionedBy).toEqual(["report", "readout"]);
    expect(entity(comparison, "place", "armenia")?.mentionedBy).toEqual(["readout"]);
    expect(entity(comparison, "place", "azerbaijan")?.mentionedBy).toEqual(["readout"]);
    expect(entity(comparison, "place", "nagorno-karabakh")).toBeDefined();
    expect(entity(comparison, "place", "baku")?.mentionedBy).toEqual(["readout"]);
  });

  it("reads a capitalised dateline's place as the capital it names, shown as usually written", () => {
    const dateline = compare([
      { id: "wire", label: "Wire", text: "WASHINGTON, DC — The talks resumed. Officials in Washington welcomed them." },
      { id: "other", label: "Other", text: "The OSCE and the UN were informed in Vienna." },
    ]);
    const places = dateline.entities.filter((e) => e.kind === "place");
    expect(places.map((e) => [e.key, e.text])).toEqual(expect.arrayContaining([["washington", "Washington"], ["vienna", "Vienna"]]));
    expect(places.map((e) => e.key)).not.toContain("dc");
    expect(entity(dateline, "place", "washington")!.mentions[0].spans).toHaveLength(3);
    // Acronyms stay as written.
    expect(dateline.entities.filter((e) => e.kind === "organisation").map((e) => e.text)).toEqual(expect.arrayContaining(["OSCE", "UN"]));
  });

  it("finds numbers and dates", () => {
    expect(entity(comparison, "number", "100000")?.text).toBe("100,000");
    expect(entity(comparison, "date", "september 19-20")?.text).toBe("September 19-20");
    expect(entity(comparison, "date", "november 20")).toBeDefined();
    expect(entity(comparison, "date", "december")?.mentionedBy).toEqual(["readout"]);
    expect(entity(comparison, "date", "monday")).toBeDefined();
    expect(comparison.entities.filter((e) => e.kind === "number").map((e) => e.key)).toEqual(["100000"]);
  });

  it("lists quoted phrases", () => {
    expect(entity(comparison, "quote", "we are ready")?.mentionedBy).toEqual(["readout"]);
  });

  it("gives ids from kind and key, and spans that point at the mention", () => {
    for (const e of comparison.entities) {
      expect(e.id).toBe(`e:${e.kind}:${e.key}`);
      for (const mention of e.mentions) {
        const text = statements.find((s) => s.id === mention.statementId)!.text;
        for (const span of mention.spans) expect(text.slice(span.start, span.end).length).toBeGreaterThan(0);
      }
    }
    expect(new Set(comparison.entities.map((e) => e.id)).size).toBe(comparison.entities.length);
  });
});

describe("entities in the issue's examples (issue 11, item 7)", () => {
  function inventory(...texts: string[]) {
    const comparison = compare(texts.map((text, i) => ({ id: `s${i}`, label: `S${i}`, text })));
    return comparison.entities.map((e) => [e.kind, e.key, e.text, e.mentionedBy.join(",")]);
  }
  const kinds = (...texts: string[]) => inventory(...texts).map(([kind, key]) => `${kind}:${key}`);

  it("reads 'the President of the Republic of Azerbaijan Ilham Aliyev' as a person and the country, not an organisation", () => {
    expect(inventory("The Secretary spoke with the President of the Republic of Azerbaijan Ilham Aliyev by phone.")).toEqual([
      ["person", "aliyev", "Ilham Aliyev", "s0"],
      ["place", "azerbaijan", "Azerbaijan", "s0"],
    ]);
  });

  it("takes no people from demonyms, places with their people, declarations, corridors or bodies", () => {
    expect(kinds("He recalled that Azerbaijanis and the Armenians of Nagorno-Karabakh signed the Alma Ata declaration.")).toEqual([
      "place:nagorno-karabakh",
      "place:almaty",
    ]);
    expect(kinds("The sides discussed the Lachin Corridor and the work of the Commissions on the border.")).toEqual([
      "organisation:commissions",
      "place:lachin corridor",
    ]);
  });

  it("keys 'Antony J. Blinken' by his surname and merges him with 'Blinken'", () => {
    expect(inventory("Secretary Antony J. Blinken spoke today.", "The call ended when Blinken left.")).toEqual([
      ["person", "blinken", "Antony J. Blinken", "s0,s1"],
    ]);
  });

  it("reads 'the Foreign Ministers of Armenia' as a place and nobody called Armenia", () => {
    expect(kinds("He met the Foreign Ministers of Armenia and Azerbaijan in Geneva.")).toEqual([
      "place:armenia",
      "place:azerbaijan",
      "place:geneva",
    ]);
  });

  it("reads '21 of November' as a date, not the number 21", () => {
    expect(inventory("The talks will resume on 21 of November in Vienna.")).toEqual([
      ["place", "vienna", "Vienna", "s0"],
      ["date", "november 21", "21 of November", "s0"],
    ]);
  });

  it("merges the romanisations 'Pashinian' and 'Pashinyan' into one person keyed as first written", () => {
    expect(inventory("The Secretary called Prime Minister Pashinian on Monday.", "The call with Pashinyan was long.")).toEqual([
      ["person", "pashinian", "Pashinian", "s0,s1"],
      ["date", "monday", "Monday", "s0"],
    ]);
  });

  it("merges the long and short names of one body: 'Azerbaijan's Ministry of Foreign Affairs' and 'the Azerbaijani Foreign Ministry'", () => {
    expect(
      inventory("A statement by Azerbaijan's Ministry of Foreign Affairs followed.", "Later the Azerbaijani Foreign Ministry denied it."),
    ).toEqual([["organisation", "azerbaijan foreign ministry", "Azerbaijan's Ministry of Foreign Affairs", "s0,s1"]]);
  });
});
