/** @jest-environment node */
import { organisationKey, transliterationSkeleton } from "@/lib/compare/name-variants";
import { isDemonym, isTitle, placeKeyOf, placeOfDemonym } from "@/lib/compare/name-lexicon";

describe("transliteration skeleton", () => {
  it.each([
    ["pashinyan", "pashinian"],
    ["aliyev", "aliev"],
    ["zelensky", "zelenskyy"],
    ["zelenskiy", "zelensky"],
    ["mirzoyan", "mirzoian"],
    ["khachaturyan", "hachaturian"],
  ])("folds %s and %s to one skeleton", (a, b) => {
    expect(transliterationSkeleton(a)).toBe(transliterationSkeleton(b));
  });

  it.each([
    ["petrov", "petrova"],
    ["ivanov", "ivanova"],
    ["armenia", "romania"],
    ["lavrov", "lavrova"],
  ])("keeps %s and %s apart", (a, b) => {
    expect(transliterationSkeleton(a)).not.toBe(transliterationSkeleton(b));
  });
});

describe("organisation key", () => {
  const placeOf = (word: string) => placeKeyOf(word) ?? placeOfDemonym(word);
  it.each([
    [["azerbaijan", "ministry", "of", "foreign", "affairs"], "azerbaijan foreign ministry"],
    [["azerbaijani", "foreign", "ministry"], "azerbaijan foreign ministry"],
    [["ministry", "of", "foreign", "affairs", "of", "azerbaijan"], "azerbaijan foreign ministry"],
    [["department", "of", "state"], "state department"],
    [["state", "department"], "state department"],
    [["house", "of", "representatives"], "house of representatives"],
    [["armenian", "ministry", "of", "defence"], "armenia defence ministry"],
  ])("%j → %s", (words, key) => {
    expect(organisationKey(words, placeOf)).toBe(key);
  });
});

describe("name lexicon (gazetteer joined with compromise's lexicon)", () => {
  it("knows places of the region and of the world, in either spelling", () => {
    expect(placeKeyOf("lachin")).toBe("lachin");
    expect(placeKeyOf("nairobi")).toBe("nairobi");
    expect(placeKeyOf("alma ata")).toBe("almaty");
    expect(placeKeyOf("nagorno karabakh")).toBe("nagorno-karabakh");
    expect(placeKeyOf("u.s")).toBe("united states");
    expect(placeKeyOf("corridor")).toBeNull();
  });

  it("reads demonyms, plural too, and their places", () => {
    expect(isDemonym("azerbaijanis")).toBe(true);
    expect(isDemonym("armenians")).toBe(true);
    expect(isDemonym("aliyev")).toBe(false);
    expect(placeOfDemonym("azerbaijani")).toBe("azerbaijan");
    expect(placeOfDemonym("armenian")).toBe("armenia");
    expect(placeOfDemonym("american")).toBe("united states");
    expect(placeOfDemonym("turkish")).toBe("turkey");
    expect(placeOfDemonym("kenyan")).toBe("kenya");
  });

  it("reads titles in the plural and honorifics", () => {
    expect(isTitle("ministers")).toBe(true);
    expect(isTitle("gen.")).toBe(true);
    expect(isTitle("armenia")).toBe(false);
  });
});
