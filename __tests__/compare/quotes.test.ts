/** @jest-environment node */
import { compare } from "@/lib/compare";
import { findQuotations } from "@/lib/compare/quotation-marks";

function quoted(text: string): string[][] {
  return findQuotations(text).map((q) => q.fragments.map(({ start, end }) => text.slice(start, end)));
}

describe("findQuotations", () => {
  it("finds curly, straight, guillemet and low-high quotes", () => {
    expect(quoted(`He said “peace is near.” She said "not yet". Il a dit «jamais». Er sagte „morgen“.`)).toEqual([
      ["peace is near"],
      ["not yet"],
      ["jamais"],
      ["morgen"],
    ]);
  });

  it("does not take apostrophes for quote marks", () => {
    expect(quoted("O’Brien’s view: we’ve seen the officials’ visits and Aliyev’s reply.")).toEqual([]);
    expect(quoted("He called it ‘a real opportunity’ and O’Brien’s aides agreed.")).toEqual([["a real opportunity"]]);
  });

  it("joins a quotation split by attribution and drops the trailing comma inside the marks", () => {
    expect(quoted("“We will not give up,” he said, “and we will keep talking.”")).toEqual([
      ["We will not give up", "and we will keep talking"],
    ]);
  });

  it("keeps two quotations apart when prose, not attribution, separates them", () => {
    expect(quoted("Blinken “noted recent points of concern” and discussed “opportunities to strengthen cooperation,” added Miller.")).toEqual([
      ["noted recent points of concern"],
      ["opportunities to strengthen cooperation"],
    ]);
  });
});

describe("quote check", () => {
  const source = {
    id: "source",
    label: "Ministry",
    text: "The Minister said the talks were constructive and that both sides remain committed to a durable peace. He thanked the mediators.",
  };
  const check = (text: string) => compare([source, { id: "report", label: "Report", text }]).quotes.filter((q) => q.statementId === "report");

  it("finds an exact quotation verbatim, with the source span", () => {
    const [quote] = check("According to the ministry, both sides “remain committed to a durable peace,” the Minister said.");
    expect(quote.verdict).toBe("verbatim");
    expect(quote.verbatimIn).toEqual(["source"]);
    expect(quote.source?.text).toBe("remain committed to a durable peace");
    expect(source.text.slice(quote.source!.span.start, quote.source!.span.end)).toBe(quote.source!.text);
    expect(quote.source?.parts.every((part) => part.op === "equal")).toBe(true);
  });

  it("calls a quotation with one changed word altered, with that word in the diff", () => {
    const [quote] = check("The Minister said both sides “remain committed to a lasting peace”.");
    expect(quote.verdict).toBe("altered");
    expect(quote.verbatimIn).toEqual([]);
    expect(quote.source?.statementId).toBe("source");
    const parts = quote.source!.parts;
    expect(parts.filter((p) => p.op === "delete").map((p) => p.text.trim())).toEqual(["durable"]);
    expect(parts.filter((p) => p.op === "insert").map((p) => p.text.trim())).toEqual(["lasting"]);
  });

  it("reports an invented quotation as not found", () => {
    const [quote] = check("The Minister allegedly said “sanctions against Moscow must be tightened immediately”.");
    expect(quote.verdict).toBe("not_found");
    expect(quote.source).toBeNull();
  });

  it("matches a split quotation as one quote with two spans", () => {
    const text = "“The talks were constructive,” a spokesman said, “and that both sides remain committed to a durable peace.”";
    const [quote] = check(text);
    expect(quote.spans).toHaveLength(2);
    expect(quote.spans.map(({ start, end }) => text.slice(start, end))).toEqual([
      "The talks were constructive",
      "and that both sides remain committed to a durable peace",
    ]);
    expect(quote.text).toBe("The talks were constructive … and that both sides remain committed to a durable peace");
    expect(quote.verdict).toBe("verbatim");
    expect(quote.source?.text).toBe("the talks were constructive and that both sides remain committed to a durable peace");
  });

  it("matches the halves of a split quotation found apart in the source", () => {
    const [quote] = check("“The talks were constructive,” he said, “he thanked the mediators.”");
    expect(quote.verdict).toBe("verbatim");
    expect(quote.source?.text).toBe(
      "the talks were constructive and that both sides remain committed to a durable peace. He thanked the mediators",
    );
  });

  it("gives stable ids in order of appearance", () => {
    const quotes = check("He said “the talks were constructive” and “he thanked the mediators”.");
    expect(quotes.map((q) => q.id)).toEqual(["report:q0", "report:q1"]);
    expect(quotes.map((q) => q.verdict)).toEqual(["verbatim", "verbatim"]);
  });
});
