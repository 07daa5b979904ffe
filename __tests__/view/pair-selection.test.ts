import { selectPair } from "@/lib/view/pair-selection";

const slugs = ["am", "az", "us", "news"];

describe("selectPair", () => {
  test("defaults to the first two statements", () => {
    expect(selectPair(slugs, undefined, undefined)).toEqual({ a: "am", b: "az", notice: null });
  });

  test("uses the pair from the URL", () => {
    expect(selectPair(slugs, "us", "news")).toEqual({ a: "us", b: "news", notice: null });
  });

  test("an unknown slug falls back and says so", () => {
    const pair = selectPair(slugs, "nope", "news")!;
    expect(pair.a).toBe("am");
    expect(pair.b).toBe("news");
    expect(pair.notice).toContain("“nope”");
  });

  test("only one given: the other defaults to the first different statement", () => {
    expect(selectPair(slugs, undefined, "am")).toMatchObject({ a: "az", b: "am" });
    expect(selectPair(slugs, "az", undefined)).toMatchObject({ a: "az", b: "am" });
  });

  test("repeated parameters take the first value", () => {
    expect(selectPair(slugs, ["us", "az"], ["news"])).toMatchObject({ a: "us", b: "news" });
  });

  test("fewer than two statements: nothing to compare", () => {
    expect(selectPair(["am"], undefined, undefined)).toBeNull();
  });
});
