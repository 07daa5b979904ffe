import { containment } from "@/lib/view/containment";

describe("containment (pairwise: one text wholly inside the other)", () => {
  const eq = (text: string) => ({ op: "equal" as const, text });
  const ins = (text: string) => ({ op: "insert" as const, text });
  const del = (text: string) => ({ op: "delete" as const, text });
  test("only insertions: From is inside To; only deletions: To is inside From", () => {
    expect(containment([eq("The ministers met"), ins(" in Paris"), eq(".")])).toBe("from-in-to");
    expect(containment([eq("The ministers"), del(" senior"), eq(" met.")])).toBe("to-in-from");
  });
  test("both sides changed, identical texts, whitespace-only edits, or no diff: not contained", () => {
    expect(containment([del("Old"), ins("New"), eq(" words")])).toBeNull();
    expect(containment([eq("Same words.")])).toBeNull();
    expect(containment([eq("Same"), ins("  "), eq("words"), ins("\n")])).toBeNull();
    expect(containment(null)).toBeNull();
  });
});
