/** @jest-environment node */
import fc from "fast-check";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";
import { compare } from "@/lib/compare";
import { importBundle } from "@/lib/data/import";
import { createStatement, getStatement } from "@/lib/data/statements";
import type { EditorIdentity } from "@/lib/editorial/result";
import { cleanStatementText, statementTextFromUpload } from "@/lib/editorial/text";
import { makeEditor, SAMPLE_BUNDLE } from "./fixtures";

/**
 * A vertical tab (Word's manual line break) and a form feed (a page break in pdftotext's and Word's plain text) are
 * read as the line and paragraph breaks they stand for, at every entry point, instead of refusing the text or (in the
 * engine, where JavaScript's \s reads them as spaces) gluing two lines into one sentence (session 16, tester T1 #11).
 * Texts written for this test.
 */

jest.setTimeout(120_000);

const stored = (raw: string) => {
  const cleaned = cleanStatementText(raw);
  if (!cleaned.ok) throw new Error(cleaned.error);
  return cleaned.text;
};

describe("vertical tabs and form feeds in a statement's text", () => {
  test("a vertical tab is a line break; a form feed, with the blank lines and spaces around it, one paragraph break", () => {
    expect(stored("Readout of the call\u000BNovember 27, 2023")).toBe("Readout of the call\nNovember 27, 2023");
    expect(stored("He raised the detainees.\u000CPage 2\u000CThe two agreed to talk again.")).toBe("He raised the detainees.\n\nPage 2\n\nThe two agreed to talk again.");
    expect(stored("End of page one. \n\u000C\n\n Start of page two.")).toBe("End of page one.\n\nStart of page two.");
    expect(stored("Trailing page break.\u000C")).toBe("Trailing page break.");
  });

  test("other control characters are still refused, with the reason", () => {
    for (const control of ["\u0007", "\u0001", "\u001B", "\u007F"]) {
      expect(cleanStatementText(`A readout${control} with a control character.`)).toEqual({ ok: false, error: "The text contains control characters that do not belong in text." });
    }
  });

  test("an uploaded plain-text file with page breaks is stored as paragraphs", () => {
    const bytes = new TextEncoder().encode("Secretary Blinken spoke with President Aliyev.\u000CThe call lasted an hour.");
    expect(statementTextFromUpload(bytes, "readout.txt")).toEqual({ ok: true, text: "Secretary Blinken spoke with President Aliyev.\n\nThe call lasted an hour." });
  });

  test("property: lines joined by vertical tabs, or pages by form feeds, are stored and compared exactly as with LF and blank lines", () => {
    const word = fc.constantFrom("Blinken", "Aliyev", "spoke", "peace", "talks", "the", "border", "agreed", "on", "detainees");
    const line = fc.array(word, { minLength: 2, maxLength: 7 }).map((words) => `${words.join(" ")}.`);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.array(line, { minLength: 1, maxLength: 6 }), (first, second) => {
        const withControls = `${first.join("\u000B")}\u000C${second.join("\u000B")}`;
        const withBreaks = `${first.join("\n")}\n\n${second.join("\n")}`;
        expect(stored(withControls)).toBe(withBreaks);
        const other = { id: "b", label: "B", language: "en", text: "Blinken and Aliyev spoke about peace talks." };
        expect(JSON.stringify(compare([{ id: "a", label: "A", language: "en", text: stored(withControls) }, other]))).toBe(
          JSON.stringify(compare([{ id: "a", label: "A", language: "en", text: withBreaks }, other])),
        );
      }),
      { numRuns: 40 },
    );
  });

  describe("stored through the statement form's path, in a real database", () => {
    let db: TempDatabase;
    let editor: EditorIdentity;
    beforeAll(async () => {
      db = await createTempDatabase();
      editor = await makeEditor(db.prisma);
    });
    afterAll(async () => db.cleanup());

    test("a pasted text with a vertical tab and a form feed is saved with LF and a blank line", async () => {
      const imported = await importBundle(db.prisma, SAMPLE_BUNDLE, editor);
      if (!imported.ok) throw new Error(imported.message);
      const party = await db.prisma.party.findFirstOrThrow();
      const created = await createStatement(
        db.prisma,
        {
          eventId: imported.summary.events[0].id,
          slug: "readout-with-page-breaks",
          partyId: party.id,
          title: "Readout",
          kind: "official_readout",
          sourceName: "State",
          sourceUrl: "",
          publishedOn: "",
          language: "en",
          speaker: "",
          provenanceNote: "",
          body: "Office of the Spokesperson\u000BNovember 27, 2023\u000CSecretary Blinken spoke with Prime Minister Pashinyan.",
        },
        editor,
      );
      if (!created.ok) throw new Error(JSON.stringify(created));
      const statement = await getStatement(db.prisma, created.statement.id);
      expect(statement?.body).toBe("Office of the Spokesperson\nNovember 27, 2023\n\nSecretary Blinken spoke with Prime Minister Pashinyan.");
    });
  });
});
