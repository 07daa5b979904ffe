/** @jest-environment node */
import { extractSource, sourceFormatOf } from "@/lib/sources/extract";
import { ExtractionError, isoDayOf } from "@/lib/sources/extracted";
import { chromiumPdf, docx, scannedLookingPdf, textPdf } from "../helpers/documents";
import { readoutPage } from "../helpers/source-server";

const bytes = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

describe("extracting statement text from documents", () => {
  it("takes the article of an HTML page (its heading repeats the title and goes), drops navigation, aside and footer, and pre-fills the metadata", async () => {
    const html = readoutPage({
      title: "Foreign ministers speak by telephone",
      paragraphs: [
        "The two ministers discussed the preparation of the border commission meeting planned for next month in some detail.",
        "They agreed that the experts would exchange draft maps before the commission meets, and that the deputies would call again.",
      ],
      lang: "en-GB",
    });
    const result = await extractSource(bytes(html), "text/html; charset=utf-8", "https://mfa.example/press/call");
    expect(result).toEqual({
      title: "Foreign ministers speak by telephone",
      body:
        "The two ministers discussed the preparation of the border commission meeting planned for next month in some detail.\n\n" +
        "They agreed that the experts would exchange draft maps before the commission meets, and that the deputies would call again.",
      publishedOn: "2024-03-14",
      language: "en-GB",
      sourceName: "Ministry of Examples",
    });
  });

  it("keeps the paragraphs of a PDF text layer and reads its title and creation date", async () => {
    const pdf = textPdf(
      [
        ["The ministers met on Tuesday to review", "the draft agreement on transit routes."],
        ["They asked their deputies to report", "back within two weeks."],
      ],
      { title: "Statement after the transit talks", created: "20240315101500Z" },
    );
    expect(sourceFormatOf(pdf, "application/octet-stream", "talks.bin")).toBe("pdf");
    const result = await extractSource(pdf, "application/pdf", "talks.pdf");
    expect(result).toEqual({
      title: "Statement after the transit talks",
      body: "The ministers met on Tuesday to review the draft agreement on transit routes.\n\nThey asked their deputies to report back within two weeks.",
      publishedOn: "2024-03-15",
      language: null,
      sourceName: null,
    });
  });

  it("rebuilds the paragraphs of a PDF printed by Chromium, long lines wrapped and all", async () => {
    const paragraphs = [
      "The delegations met for the third time this year and reviewed the implementation of the agreements reached at the previous round, including the timetable for the exchange of documents and the composition of the joint working groups.",
      "Both sides noted progress on the draft text and agreed to instruct their experts to continue work on the remaining provisions, with a view to completing the review before the end of the season.",
      "A further meeting will be held at a date to be agreed through diplomatic channels.",
    ];
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Third round</title><style>body{font:12pt serif;margin:2cm}</style></head><body>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</body></html>`;
    const result = await extractSource(chromiumPdf(html), "application/pdf", "third-round.pdf");
    expect(result.body).toBe(paragraphs.join("\n\n"));
    expect(result.title).toBe("Third round");
  }, 60_000);

  it("refuses a PDF without a text layer with a message that says so", async () => {
    await expect(extractSource(scannedLookingPdf(), "application/pdf", "scan.pdf")).rejects.toThrow(
      "“scan.pdf” has no text layer (it looks like a scanned image), so there is no text to import. Run OCR on it first, or paste the text.",
    );
  });

  it("refuses a file that only claims to be a PDF", async () => {
    await expect(extractSource(bytes("%PDF-1.4 then nothing useful"), "application/pdf", "broken.pdf")).rejects.toThrow(/“broken.pdf” is not a readable PDF/);
  });

  it("keeps the paragraphs of a Word .docx and takes the heading as the title", async () => {
    const file = docx("Joint press release", ["Both delegations welcomed the progress on the text.", "The next round will take place in the spring."]);
    expect(sourceFormatOf(file, "", "release.docx")).toBe("docx");
    const result = await extractSource(file, "", "release.docx");
    expect(result).toEqual({
      title: "Joint press release",
      body: "Joint press release\n\nBoth delegations welcomed the progress on the text.\n\nThe next round will take place in the spring.",
      publishedOn: null,
      language: null,
      sourceName: null,
    });
  });

  it("refuses an empty .docx and an unsupported type with clear messages", async () => {
    await expect(extractSource(docx("", []), "", "empty.docx")).rejects.toThrow("“empty.docx” contains no text.");
    await expect(extractSource(bytes("GIF89a"), "image/gif", "https://x.example/a.gif")).rejects.toThrow(
      "“https://x.example/a.gif” is of type image/gif: Readout can import web pages (HTML), PDF, Word .docx and plain text.",
    );
    const scriptOnly = extractSource(bytes('<html><body><div id="app"></div><script>render()</script></body></html>'), "text/html", "https://x.example/");
    await expect(scriptOnly).rejects.toBeInstanceOf(ExtractionError);
    await expect(scriptOnly).rejects.toThrow("No readable text was found at https://x.example/: the page may need JavaScript, or be empty.");
  });

  it("reads the day a document states, without shifting it to UTC", () => {
    expect(isoDayOf("2024-03-14T23:30:00-05:00")).toBe("2024-03-14");
    expect(isoDayOf("D:20231127")).toBe("2023-11-27");
    expect(isoDayOf("2023-02-30")).toBeNull();
    expect(isoDayOf("not a date")).toBeNull();
  });
});
