/** @jest-environment node */
import { foldForMatching, foldText, originalRange, sameWhenFolded } from "@/lib/text/fold";
import { truncateToGraphemes } from "@/lib/text/graphemes";

describe("foldText", () => {
  it.each([
    ["composed and decomposed letters", "Caf\u00e9 Ere\u0301", "Cafe\u0301 Er\u00e9"],
    ["soft hyphen, zero-width space, word joiner, BOM, bidi marks", "\ufeffnego\u00adtia\u200btions\u2060 in \u200eBaku\u200f", "negotiations in Baku"],
    ["Azerbaijani capital dotless i", "BAKI", "Bakı"],
    ["Turkish dotted capital I", "İstanbul", "istanbul"],
    ["German sharp s", "Straße", "STRASSE"],
    ["Greek final sigma", "ΛΌΓΟΣ", "λόγος"],
    ["Greek capitals written without accents", "ΛΟΓΟΣ", "λόγος"],
    ["curly, straight, low and angle quotes", "“peace” ‘now’ „soon“ «here»", "\"peace\" 'now' \"soon\" \"here\""],
    ["apostrophes", "O’Brien ʼs", "O'Brien 's"],
    ["dashes and hyphens", "2019–2020 — Nagorno‑Karabakh", "2019-2020 - Nagorno-Karabakh"],
    ["no-break, narrow no-break, thin and doubled spaces, line breaks", "80\u202f325\u00a0km\u2009long  \n road", "80 325 km long road"],
    ["Armenian in-word emphasis, exclamation and question marks", "Ի՞նչ ասա՛ց, վա՜յ", "Ինչ ասաց, վայ"],
    ["ligatures and full-width forms", "ﬁnal ＡＢＣ", "final abc"],
  ])("%s fold to one matching form", (_kind, written, variant) => {
    expect(foldText(written).text).toBe(foldText(variant).text);
    expect(sameWhenFolded(written, variant)).toBe(true);
  });

  it("gives the exact matching forms", () => {
    expect(foldText("BAKI").text).toBe("baki");
    expect(foldText("Bakı").text).toBe("baki");
    expect(foldText("İi Iı").text).toBe("ii ii");
    expect(foldText("Straße").text).toBe("strasse");
    expect(foldText("ΣΟΦΟΣ σοφός ΐ").text).toBe("σοφοσ σοφοσ ϊ");
    expect(foldText("Ի՞նչ").text).toBe("ինչ");
    expect(foldText("“It’s—fine”").text).toBe("'it's-fine'");
  });

  it("keeps a zero-width non-joiner or joiner where the script needs it, and drops it between Latin letters", () => {
    expect(foldText("می\u200cخواهم").text).toBe("می\u200cخواهم");
    expect(foldText("क्\u200dष").text).toBe("क्\u200dष");
    expect(foldText("👩\u200d👩\u200d👧").text).toBe("👩\u200d👩\u200d👧");
    expect(foldText("pea\u200dce\u200c").text).toBe("peace");
  });

  it("maps every folded code unit back to the characters it came from", () => {
    const written = "\u00adRe\u0301sume\u0301 “BAKI”\u00a0\u00a0talks";
    const folded = foldText(written);
    expect(folded.text).toBe("résumé 'baki' talks");
    const at = (needle: string) => {
      const start = folded.text.indexOf(needle);
      const range = originalRange(folded, start, start + needle.length, written.length);
      return written.slice(range.start, range.end);
    };
    expect(at("résumé")).toBe("Re\u0301sume\u0301");
    expect(at("'baki'")).toBe("“BAKI”");
    expect(at(" talks")).toBe("\u00a0\u00a0talks");
    expect(folded.starts.length).toBe(folded.text.length);
    expect(originalRange(folded, 3, 3, written.length)).toEqual({ start: folded.starts[3], end: folded.starts[3] });
  });

  it("foldForMatching equals foldText(...).text, plain ASCII included", () => {
    for (const text of ["plain", "Plain-Text's", 'say "so"', "`tick`", "Bakı Straße", "two  spaces"]) {
      expect(foldForMatching(text)).toBe(foldText(text).text);
    }
  });
});

describe("truncateToGraphemes", () => {
  it("cuts only between graphemes, never inside a flag, ZWJ sequence or combining sequence", () => {
    expect(truncateToGraphemes("🇦🇲🇦🇿", 6)).toBe("🇦🇲");
    expect(truncateToGraphemes("ab👩‍👩‍👧", 5)).toBe("ab");
    expect(truncateToGraphemes("cafe\u0301", 4)).toBe("caf");
    expect(truncateToGraphemes("short", 60)).toBe("short");
  });
});
