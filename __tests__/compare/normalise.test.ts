/** @jest-environment node */
import { NUMBER_PREFIX, TermMaker, normaliseText } from "@/lib/compare/normalise";

describe("normaliseText", () => {
  it("folds case, quote marks, dashes, spaces and compatibility forms", () => {
    // Single and double quote marks are one mark to the fold: swapping British for American quotes is typography.
    expect(normaliseText("  O’Brien’s  “Peace”\u00a0Plan — ＡＢＣ ﬁne ")).toBe(`o'brien's 'peace' plan - abc fine`);
  });

  it("folds the dotted capital I of Azerbaijani to a plain i", () => {
    expect(normaliseText("İlham")).toBe("ilham");
  });
});

describe("TermMaker", () => {
  const english = new TermMaker("en");

  it("stems English words and drops stop words", () => {
    expect(english.terms("discussed")).toEqual(english.terms("discussions"));
    expect(english.terms("the")).toEqual([]);
    expect(english.terms("we've")).toEqual([]);
  });

  it("drops possessives so a name matches its possessive", () => {
    expect(english.terms("blinken's")).toEqual(english.terms("blinken"));
    expect(english.terms("officials'")).toEqual(english.terms("officials"));
  });

  it("splits compounds and keeps numbers in their own namespace without separators", () => {
    expect(english.terms("armenia-azerbaijan")).toEqual([...english.terms("armenia"), ...english.terms("azerbaijan")]);
    expect(english.terms("100,000")).toEqual([`${NUMBER_PREFIX}100000`]);
    expect(english.terms("19-20")).toEqual([`${NUMBER_PREFIX}19`, `${NUMBER_PREFIX}20`]);
  });

  it("uses a prefix stem for languages without a stemmer", () => {
    const russian = new TermMaker("ru");
    expect(russian.terms("переговоры")).toEqual(russian.terms("переговорах"));
    expect(russian.terms("и")).toEqual([]);
  });
});
