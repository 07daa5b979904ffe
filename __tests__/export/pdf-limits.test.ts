/** @jest-environment node */
import { htmlToPdf, PDF_MAX_HTML_CHARS, PdfRefusedError } from "@/lib/export/pdf";
import { pdfRetryAfter, PDF_REQUESTS_PER_WINDOW, PDF_WINDOW_MS } from "@/lib/export/pdf-rate-limit";

describe("PDF rate limit per client", () => {
  test("allows PDF_REQUESTS_PER_WINDOW in a window, then says how many seconds remain; a new window starts afresh", () => {
    const start = 1_000_000;
    const answers = Array.from({ length: PDF_REQUESTS_PER_WINDOW }, (_, i) => pdfRetryAfter("10.0.0.1", start + i));
    expect(answers).toEqual(Array(PDF_REQUESTS_PER_WINDOW).fill(0));
    expect(pdfRetryAfter("10.0.0.1", start + 30_000)).toBe(30);
    expect(pdfRetryAfter("10.0.0.2", start + 30_000)).toBe(0); // another client has its own allowance
    expect(pdfRetryAfter("10.0.0.1", start + PDF_WINDOW_MS)).toBe(0);
  });
});

describe("PDF size bound", () => {
  test("HTML over the limit is refused before any browser starts, with no retry offered", async () => {
    const refusal = htmlToPdf("x".repeat(PDF_MAX_HTML_CHARS + 1), "A4");
    await expect(refusal).rejects.toBeInstanceOf(PdfRefusedError);
    await expect(refusal).rejects.toMatchObject({ retryAfterSeconds: null, message: expect.stringContaining("too long for a PDF") });
  });
});
