/**
 * A web page's link line: the controls a ministry's page prints under its text ("Share this page", "Print", "Share |
 * Print | Email", Russian "Поделиться", "Версия для печати", Armenian "Կիսվել", "Տպել"), pasted with it (tester T1 of
 * session 16 F6: "Share this page" joined the last claim's row as a back-reference). Like a wire end mark
 * (end-marks.ts), such a line is layout, no claim: wordless-rows.ts reads it as stating nothing. Only a line that is
 * nothing but such labels counts ("Share prices rose" or "Print media covered the call" are claims).
 */

/** One link label: English, Russian and Armenian page controls. */
const LINK =
  String.raw`(?:share(?:\s+(?:this|on))?(?:\s+(?:page|article|story|news|facebook|twitter|x|telegram))?|print(?:\s+(?:this\s+)?(?:page|article|version))?|printer[-\s]friendly(?:\s+version)?|e-?mail(?:\s+this\s+(?:page|article))?|` +
  String.raw`поделиться|распечатать|печать|версия\s+для\s+печати|отправить\s+по\s+почте|` +
  String.raw`կիսվել|տպել|տպագրել)`;
/** A line of link labels, separated by spaces, bars, bullets or slashes. */
const LINK_LINE = new RegExp(String.raw`^[\s|•·/]*${LINK}(?:[\s|•·/]+${LINK})*[\s|•·/:]*$`, "iu");
/** A link line's first character (a label's initial, or a separator): most units are passed over on it. */
const MAY_OPEN_LINK = /[\s|•·/SsPpEeПпРрВвОоԿկՏտ]/u;
/** The longest link line read, in UTF-16 code units: longer lines are sentences and are not sliced. */
const MAX_LINK_LINE_LENGTH = 80;

/**
 * Whether text[start, end) (UTF-16 offsets; a sentence or a line) is only a page's link labels (LINK_LINE). The length is
 * tested first, so a sentence is never sliced. Pure; never throws.
 */
export function isPageLinkLine(text: string, start: number, end: number): boolean {
  if (end - start > MAX_LINK_LINE_LENGTH || !MAY_OPEN_LINK.test(text[start])) return false;
  return LINK_LINE.test(text.slice(start, end));
}
