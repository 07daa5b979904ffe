/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { htmlToCleanText, statementTextFromUpload } from "@/lib/editorial/text";

const utf8 = (text: string) => new TextEncoder().encode(text);

const SENTENCE =
  "The minister said both sides were “committed to a durable and dignified peace in the South Caucasus” after many months of difficult talks in the region.";

describe("HTML upload: clean paragraphs, no hard line wrapping", () => {
  test("a layout table: each cell is a paragraph and a long sentence in a cell is one line", () => {
    const html = `<table width="100%"><tr><td class="nav">Home | News</td><td><p>${SENTENCE}</p><p>Second&nbsp;paragraph&nbsp;&nbsp;with 100&nbsp;000 people.</p></td></tr>
      <tr><td>Another cell with a sentence long enough to have been wrapped at sixty characters before.</td><td>Short</td><td></td></tr></table>`;
    expect(htmlToCleanText(html)).toBe(
      [
        "Home | News",
        SENTENCE,
        "Second paragraph with 100 000 people.",
        "Another cell with a sentence long enough to have been wrapped at sixty characters before.",
        "Short",
      ].join("\n\n"),
    );
  });

  test("<br> is a line break between lines, a space inside a sentence", () => {
    expect(htmlToCleanText("<p>Office of the Spokesperson<br>Washington, DC<br/>November 27, 2023</p>")).toBe(
      "Office of the Spokesperson\nWashington, DC\nNovember 27, 2023",
    );
    expect(htmlToCleanText("<p>The Prime<br>minister spoke, and<br>\n the sides agreed.</p>")).toBe("The Prime minister spoke, and the sides agreed.");
  });

  test("list items are paragraphs without markers; no-break spaces are plain spaces", () => {
    expect(htmlToCleanText("<ul><li>First point.</li><li>Second, with <b>bold</b> words.</li></ul><ol><li>Numbered point.</li></ol><div>&nbsp;&nbsp;Indented&nbsp;text.</div>")).toBe(
      "First point.\n\nSecond, with bold words.\n\nNumbered point.\n\nIndented text.",
    );
  });

  test("the quotation inside a table cell of an uploaded HTML report is found verbatim", () => {
    const upload = statementTextFromUpload(utf8(`<html><body><table><tr><td>Menu</td><td><p>${SENTENCE}</p></td></tr></table></body></html>`), "report.html");
    if (!upload.ok) throw new Error(upload.error);
    expect(upload.text.split("\n")).toContain(SENTENCE);
    const comparison = compare([
      { id: "readout", label: "Readout", text: "Both sides are committed to a durable and dignified peace in the South Caucasus, the readout said." },
      { id: "report", label: "Report", text: upload.text },
    ]);
    const quote = comparison.quotes.find((q) => q.statementId === "report")!;
    expect(quote.text).toBe("committed to a durable and dignified peace in the South Caucasus");
    expect(quote.verdict).toBe("verbatim");
  });

  test("property: any paragraph in any container comes out as exactly one line", () => {
    const word = fc.constantFrom("peace", "talks", "Armenia", "Azerbaijan", "the", "minister", "said", "border", "100&nbsp;000", "“agreed”", "O’Brien’s", "Ի՞նչ", "переговоры");
    const paragraph = fc.array(word, { minLength: 12, maxLength: 60 }).map((words) => `${words.join(" ")}.`);
    const wrap = fc.constantFrom(
      (p: string) => `<p>${p}</p>`,
      (p: string) => `<table><tr><td>${p}</td><td>x</td></tr></table>`,
      (p: string) => `<table><tr><td><table><tr><td>${p}</td></tr></table></td></tr></table>`,
      (p: string) => `<ul><li>${p}</li></ul>`,
      (p: string) => `<div><span>${p}</span></div>`,
      (p: string) => `<blockquote>${p}</blockquote>`,
    );
    fc.assert(
      fc.property(paragraph, wrap, (text, container) => {
        const lines = htmlToCleanText(container(text)).split("\n");
        expect(lines).toContain(text.replaceAll("&nbsp;", " "));
      }),
      { numRuns: 200 },
    );
  });
});
