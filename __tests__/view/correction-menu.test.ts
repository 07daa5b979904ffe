/** @jest-environment node */
import type { AlignedRow } from "@/lib/compare/types";
import { correctionCredit } from "@/lib/view/correction-credit";
import { rowMenu, type CorrectionEditing } from "@/lib/view/correction-menu";

const editing: CorrectionEditing = {
  eventId: 7,
  seen: "2:9",
  statements: new Map([["am", { id: 11, version: 3 }], ["us", { id: 12, version: 1 }], ["az", { id: 13, version: 2 }]]),
  versions: new Map([[4, 1], [9, 2]]),
  labels: new Map([["am", "Armenia"], ["us", "U.S."], ["az", "Azerbaijan"]]),
  actions: { correct: async (state) => state, reset: async (state) => state },
};

const row: AlignedRow = {
  id: "r2",
  index: 2,
  cells: [
    { statementId: "am", segmentIds: ["am:s3", "am:s4"], text: "The talks went well. Both sides agreed.", spans: [{ start: 40, end: 60 }, { start: 61, end: 79 }] },
    { statementId: "us", segmentIds: ["us:s1"], text: "The talks were productive.", spans: [{ start: 10, end: 36 }] },
  ],
  reportedBy: ["am", "us"],
  notReportedBy: ["az"],
  otherExchangeBy: [],
  exchangeIds: [""],
  secondaryOnly: false,
  soleReporter: null,
  similarity: 0.5,
  diffs: [],
  corrections: [
    { id: 4, kind: "split", editorName: "Ana Roe", createdAt: "2026-11-28T10:00:00.000Z" },
    { id: 9, kind: "move", editorName: null, createdAt: "2026-11-30T23:59:00.000Z" },
  ],
};
const next: AlignedRow = { ...row, id: "r3", index: 3, cells: [{ statementId: "us", segmentIds: ["us:s2"], text: "X.", spans: [{ start: 37, end: 39 }] }], corrections: undefined };

describe("row correction menu and credit", () => {
  it("credits every editor once and the latest date", () => {
    expect(correctionCredit(row.corrections!)).toBe("corrected by Ana Roe and a removed editor on 30 November 2026");
    expect(correctionCredit([row.corrections![0]])).toBe("corrected by Ana Roe on 28 November 2026");
  });

  it("names every sentence by statement id, version and offsets, and offers what the row allows", () => {
    expect(rowMenu(row, next, editing)).toEqual({
      actions: editing.actions,
      eventId: 7,
      seen: "2:9",
      rowNumber: 3,
      firstRef: "11@3:40-60",
      sentences: [
        { value: "11@3:40-60", label: "Armenia: The talks went well." },
        { value: "11@3:61-79", label: "Armenia: Both sides agreed." },
        { value: "12@1:10-36", label: "U.S.: The talks were productive." },
      ],
      splitPoints: [
        { value: "11@3:61-79", label: "Armenia: Both sides agreed." },
        { value: "12@1:10-36", label: "U.S.: The talks were productive." },
      ],
      notSamePairs: [
        { value: "11@3:40-60|12@1:10-36", label: "Armenia is not the same claim as U.S." },
        { value: "12@1:10-36|11@3:40-60", label: "U.S. is not the same claim as Armenia" },
      ],
      gaps: [{ value: "az", label: "Azerbaijan" }],
      nextRowRef: "12@1:37-39",
      reset: "4@1,9@2",
    });
  });

  it("offers no reset for an automatic row and no join for the last row", () => {
    const menu = rowMenu({ ...row, corrections: undefined }, undefined, editing)!;
    expect(menu.reset).toBeNull();
    expect(menu.nextRowRef).toBeNull();
  });
});
