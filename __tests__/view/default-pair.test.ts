import type { AlignedRow, VersionPair } from "@/lib/compare/types";
import { mostAlikePair } from "@/lib/view/default-pair";

const row = (ids: string[], similarity = 0.8) => ({ cells: ids.map((statementId) => ({ statementId })), similarity }) as unknown as AlignedRow;

describe("mostAlikePair (the pairwise view's default pair)", () => {
  test("the two statements sharing the most aligned rows win, not the first two", () => {
    const rows = [row(["a", "c"]), row(["a", "c"]), row(["b", "d"]), row(["a", "b"], 0.3), row(["c"])];
    expect(mostAlikePair({ rows, versions: [] }, ["a", "b", "c", "d"])).toEqual(["a", "c"]);
  });
  test("the row similarity weighs: two strong shared rows beat three weak ones", () => {
    const rows = [row(["a", "b"], 0.2), row(["a", "b"], 0.2), row(["a", "b"], 0.2), row(["c", "d"], 0.9), row(["c", "d"], 0.9)];
    expect(mostAlikePair({ rows, versions: [] }, ["a", "b", "c", "d"])).toEqual(["c", "d"]);
  });
  test("a tie goes to the higher whole-text similarity; the pair keeps the display order", () => {
    const versions = [{ aId: "d", bId: "b", similarity: 0.9 } as VersionPair];
    expect(mostAlikePair({ rows: [row(["a", "c"]), row(["b", "d"])], versions }, ["a", "b", "c", "d"])).toEqual(["b", "d"]);
  });
  test("fewer than two statements: the one twice; none shared: the first two", () => {
    expect(mostAlikePair({ rows: [], versions: [] }, ["a"])).toEqual(["a", "a"]);
    expect(mostAlikePair({ rows: [], versions: [] }, ["x", "y", "z"])).toEqual(["x", "y"]);
  });
});
