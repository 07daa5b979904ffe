import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

/** Small PDF and .docx files built byte by byte in the tests, so no fixture comes from elsewhere. */

function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** Assembles PDF objects (bodies without "n 0 obj") into a file with a correct cross-reference table. */
function assemblePdf(objects: string[], info?: number): Uint8Array {
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${info ? ` /Info ${info} 0 R` : ""} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

function onePagePdf(content: string, extra: string[] = [], info?: number): Uint8Array {
  return assemblePdf(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
      ...extra,
    ],
    info,
  );
}

/**
 * A one-page PDF with a text layer: each paragraph's lines 14 pt apart (12 pt Helvetica), paragraphs 30 pt apart,
 * and an information dictionary with a title and creation date.
 */
export function textPdf(paragraphs: string[][], meta: { title: string; created: string }): Uint8Array {
  let content = "BT /F1 12 Tf 72 720 Td\n";
  paragraphs.forEach((lines, p) => {
    lines.forEach((line, l) => {
      if (p > 0 || l > 0) content += `0 ${l === 0 ? -30 : -14} Td\n`;
      content += `${pdfString(line)} Tj\n`;
    });
  });
  content += "ET";
  return onePagePdf(content, [`<< /Title ${pdfString(meta.title)} /CreationDate (D:${meta.created}) >>`], 6);
}

/** A one-page PDF that only paints shapes, as a scan without OCR would look to a text extractor. */
export function scannedLookingPdf(): Uint8Array {
  return onePagePdf("0.6 g 72 500 468 220 re f 0.2 g 90 680 300 12 re f 90 660 280 12 re f");
}

const xmlEscape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A ZIP archive of stored (uncompressed) entries, as the .docx (OOXML) container allows (ECMA-376 Part 2). */
export function zip(entries: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, "utf8");
    const fileName = Buffer.from(name, "utf8");
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}

/** A minimal Word .docx: a Heading 1 paragraph, then body paragraphs (one run each). */
export function docx(heading: string, paragraphs: string[]): Uint8Array {
  const paragraph = (text: string, style?: string) =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;
  return zip({
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph(heading, "Heading1")}${paragraphs.map((p) => paragraph(p)).join("")}</w:body></w:document>`,
  });
}

/**
 * A PDF printed by headless Chromium from an HTML page (as a browser's "Save as PDF" makes it), for paragraph
 * detection on real-world line and paragraph spacing. Needs Chromium at CHROMIUM_PATH or /usr/bin/chromium.
 */
export function chromiumPdf(html: string): Uint8Array {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "readout-pdf-"));
  try {
    const page = path.join(dir, "page.html");
    const out = path.join(dir, "out.pdf");
    fs.writeFileSync(page, html);
    execFileSync(
      process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", `--user-data-dir=${path.join(dir, "profile")}`, "--no-pdf-header-footer", `--print-to-pdf=${out}`, `file://${page}`],
      { stdio: "pipe", timeout: 60_000 },
    );
    return new Uint8Array(fs.readFileSync(out));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
