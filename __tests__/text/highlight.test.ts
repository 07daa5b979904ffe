import { highlightRuns, snippetAround } from "@/lib/text/highlight";

describe("highlightRuns", () => {
  test("marks every case-insensitive occurrence and keeps the original text", () => {
    const runs = highlightRuns("Baku and baku and BAKU.", "baku");
    expect(runs.filter((r) => r.match).map((r) => r.text)).toEqual(["Baku", "baku", "BAKU"]);
    expect(runs.map((r) => r.text).join("")).toBe("Baku and baku and BAKU.");
  });

  test("regular-expression characters in the query are literal", () => {
    expect(highlightRuns("U.S. and USAS", "U.S.").filter((r) => r.match).map((r) => r.text)).toEqual(["U.S."]);
    expect(highlightRuns("a (b) c", "(b)").filter((r) => r.match)).toHaveLength(1);
  });

  test("non-Latin text", () => {
    expect(highlightRuns("Հայաստանի վարչապետը", "վարչապետը").filter((r) => r.match).map((r) => r.text)).toEqual(["վարչապետը"]);
  });

  test("an empty query marks nothing", () => {
    expect(highlightRuns("text", "  ")).toEqual([{ text: "text", match: false }]);
  });
});

describe("snippetAround", () => {
  const text = `${"word ".repeat(50)}the 100,000 forcibly displaced persons ${"more ".repeat(50)}`;

  test("centres on the match with ellipses at cut ends", () => {
    const snippet = snippetAround(text, "100,000 forcibly", 30);
    expect(snippet).toContain("100,000 forcibly displaced");
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet.length).toBeLessThan(90);
  });

  test("short text is returned whole", () => {
    expect(snippetAround("Short text.", "text")).toBe("Short text.");
  });
});

describe("issue 9 §1: search and highlights match through the fold", () => {
  test("Turkic i, typographic apostrophes, soft hyphens, no-break spaces and decomposed letters", () => {
    const text = "Talks in Bakı with O’Neill on the cross\u00adborder road,\u00a0near Zu\u0308rich.";
    const marked = (query: string) => highlightRuns(text, query).filter((r) => r.match).map((r) => r.text);
    expect(marked("BAKI")).toEqual(["Bakı"]);
    expect(marked("o'neill")).toEqual(["O’Neill"]);
    expect(marked("crossborder road, near")).toEqual(["cross\u00adborder road,\u00a0near"]);
    expect(marked("Zürich")).toEqual(["Zu\u0308rich"]);
    expect(highlightRuns(text, "BAKI").map((r) => r.text).join("")).toBe(text);
  });

  test("a snippet never cuts a grapheme", () => {
    const text = `${"🇦🇲".repeat(40)} the treaty ${"🇦🇿".repeat(40)}`;
    // 23 code units after the match end inside the sixth flag (4 code units each): the cut moves back to its start.
    expect(snippetAround(text, "treaty", 23)).toBe(`…the treaty ${"🇦🇿".repeat(5)}…`);
  });
});
