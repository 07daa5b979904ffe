/** @jest-environment node */
import { compare } from "@/lib/compare";
import { READOUT_SYNONYM_SETS_EN } from "@/lib/compare/data/readout-synonyms-en";
import { termMakerFor } from "@/lib/compare/normalise";
import { synonymSetsOf } from "@/lib/compare/synonyms";

describe("synonym sets of the readout genre", () => {
  it("are written as the stems the engine makes of their words", () => {
    const maker = termMakerFor("en");
    const words = ["spoke", "speak", "talk", "call", "phone", "telephone", "conversation"];
    expect(READOUT_SYNONYM_SETS_EN.split("\n")[0].split(" ")).toEqual(words.map((word) => maker.terms(word)[0]));
  });

  it("put 'spoke' and 'phone call' in one set", () => {
    const shared = synonymSetsOf("spoke").filter((set) => synonymSetsOf("phone").includes(set) && synonymSetsOf("call").includes(set));
    expect(shared).toHaveLength(1);
  });

  it("align two openings that report one call in other words (spoke with / held a phone call)", () => {
    const a = "The Secretary spoke today with Foreign Minister Ana Vell of Korsa. He thanked the minister for the new ferry line.";
    const b = "Minister Ana Vell held a phone call with the Secretary. The minister invited the Secretary to visit in spring.";
    const comparison = compare([
      { id: "a", label: "A", text: a },
      { id: "b", label: "B", text: b },
    ]);
    expect(comparison.rows.map((row) => row.cells.map((cell) => `${cell.statementId}: ${cell.text}`))).toEqual([
      ["a: The Secretary spoke today with Foreign Minister Ana Vell of Korsa.", "b: Minister Ana Vell held a phone call with the Secretary."],
      ["b: The minister invited the Secretary to visit in spring."],
      ["a: He thanked the minister for the new ferry line."],
    ]);
  });
});
