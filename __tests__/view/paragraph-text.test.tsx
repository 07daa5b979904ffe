import { render } from "@testing-library/react";
import { AnnotatedText } from "@/components/annotations/AnnotatedText";

/** Issue 14: paragraph spacing in statement text, without changing the text that annotation offsets count in. */

const text = "The ministers spoke by phone.\nThey agreed to meet.\n\nA date was not set.";
const across = { id: 7, start: text.indexOf("phone."), end: text.indexOf("They agreed") + "They agreed".length, verdict: "misleading", verdictLabel: "Misleading", note: "n", orphaned: false };

test("each run of line breaks becomes one paragraph gap; the text (and so every offset) is unchanged", () => {
  const { container } = render(<AnnotatedText text={text} annotations={[across]} />);
  const root = container.querySelector("[data-annotated-text]")!;
  expect(root.textContent).toBe(text);
  const breaks = [...root.querySelectorAll("[data-paragraph-break]")];
  expect(breaks.map((b) => b.textContent)).toEqual(["\n", "\n\n"]);
  expect(breaks.every((b) => b.classList.contains("block") && b.classList.contains("h-3"))).toBe(true);
  // An annotation across a paragraph break keeps its words whole, the gap inside its mark.
  const mark = root.querySelector("mark")!;
  expect(mark.textContent).toBe("phone.\nThey agreed");
  expect(mark.querySelectorAll("[data-paragraph-break]")).toHaveLength(1);
});

test("a range over the rendered text counts the same offsets as the stored text", () => {
  const { container } = render(<AnnotatedText text={text} annotations={[]} />);
  const root = container.querySelector("[data-annotated-text]")!;
  const range = document.createRange();
  range.selectNodeContents(root);
  expect(range.toString()).toBe(text);
  expect(range.toString().indexOf("A date")).toBe(text.indexOf("A date"));
});
