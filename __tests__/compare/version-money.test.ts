/**
 * Tester T3 #17 (session 18): an amount of money with its currency's sign swapped for its code or name was two "unit"
 * facts. The same amount and currency written another way is notation (lib/compare/versions/money.ts); another
 * currency, another amount, or two currencies swapped stay facts. Own sentences about aid pledged after the
 * late-November 2023 calls.
 */
import fc from "fast-check";
import { diffVersions } from "../../lib/compare/versions";
import { moneyWrittenOneWay } from "../../lib/compare/versions/money";

const classes = (a: string, b: string, language = "en") => diffVersions(a, b, language).edits.map((edit) => `${edit.class}/${edit.reason}`);
const only = (verdicts: string[]) => [...new Set(verdicts)];

describe("the same amount of money written another way is notation", () => {
  test.each([
    ["The fund gives $3 million to refugees.", "The fund gives 3 million dollars to refugees."],
    ["The fund gives $3 million to refugees.", "The fund gives USD 3 million to refugees."],
    ["The fund gives $3 million to refugees.", "The fund gives US$3 million to refugees."],
    ["The fund gives $3 million to refugees.", "The fund gives 3 million US dollars to refugees."],
    ["The fund gives $3 million to refugees.", "The fund gives 3,000,000 dollars to refugees."],
    ["The fund gives €3 million to refugees.", "The fund gives 3 million euros to refugees."],
  ])("%s → %s", (a, b) => {
    expect(only(classes(a, b))).toEqual(["wording/notation"]);
    expect(only(classes(b, a))).toEqual(["wording/notation"]);
  });
  test("Russian and Armenian", () => {
    expect(only(classes("Фонд выделил 3 млн долларов беженцам.", "Фонд выделил $3 млн беженцам.", "ru"))).toEqual(["wording/notation"]);
    expect(only(classes("Հիմնադրամը հատկացրել է 3 մլն դոլար։", "Հիմնադրամը հատկացրել է $3 մլն։", "hy"))).toEqual(["wording/notation"]);
  });
});

describe("another currency or amount stays a fact", () => {
  test.each([
    ["The fund gives $3 million to refugees.", "The fund gives 3 million euros to refugees."],
    ["The fund gives $3 million to refugees.", "The fund gives 4 million dollars to refugees."],
    ["The fund gives $3 million and €5 million.", "The fund gives 3 million euros and 5 million dollars."],
    ["The fund gives $3 million to refugees.", "The fund gives CAD 3 million to refugees."],
    ["The fund gives $3 million to refugees.", "The fund gives 3 million Canadian dollars to refugees."],
    ["The fund gives $3 million to refugees.", "The fund gives 3 million dollars to Armenia."],
  ])("%s → %s", (a, b) => {
    expect(classes(a, b).some((verdict) => verdict.startsWith("fact/"))).toBe(true);
    expect(classes(a, b).every((verdict) => verdict !== "wording/notation")).toBe(true);
  });
  test("Russian: dollars for euros", () => {
    expect(classes("Фонд выделил 3 млн долларов США беженцам.", "Фонд выделил 3 млн евро беженцам.", "ru")).toEqual(["fact/unit"]);
  });
});

describe("property: one amount, any two ways of writing its currency", () => {
  const WAYS: Record<string, ((amount: string) => string)[]> = {
    USD: [(x) => `$${x}`, (x) => `USD ${x}`, (x) => `${x} dollars`, (x) => `${x} US dollars`, (x) => `US$${x}`],
    EUR: [(x) => `€${x}`, (x) => `EUR ${x}`, (x) => `${x} euros`],
    GBP: [(x) => `£${x}`, (x) => `${x} pounds`],
  };
  const amount = fc.tuple(fc.integer({ min: 2, max: 999 }), fc.constantFrom("", " million", " billion"));
  const way = (code: string) => fc.integer({ min: 0, max: WAYS[code].length - 1 }).map((k) => WAYS[code][k]);
  const sentence = (money: string) => `The donors pledged ${money} for the displaced families.`;

  test("the same currency: notation; written one way, the same text", () => {
    fc.assert(
      fc.property(fc.constantFrom("USD", "EUR", "GBP").chain((code) => fc.tuple(way(code), way(code))), amount, ([x, y], [n, scale]) => {
        const [a, b] = [sentence(x(`${n}${scale}`)), sentence(y(`${n}${scale}`))];
        expect(moneyWrittenOneWay(a)).toBe(moneyWrittenOneWay(b));
        const found = classes(a, b);
        expect(found.every((verdict) => verdict === "wording/notation" || verdict.startsWith("typographic/"))).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  test("another currency or another amount: a fact", () => {
    fc.assert(
      fc.property(way("USD"), way("EUR"), amount, fc.boolean(), (x, y, [n, scale], otherAmount) => {
        const a = sentence(x(`${n}${scale}`));
        const b = otherAmount ? sentence(x(`${n + 1}${scale}`)) : sentence(y(`${n}${scale}`));
        expect(classes(a, b).some((verdict) => verdict.startsWith("fact/"))).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
});
