import { render, screen } from "@testing-library/react";
import { AnnotatedText } from "@/components/annotations/AnnotatedText";
import { AnnotationBadges } from "@/components/annotations/AnnotationBadges";
import { AnnotationList } from "@/components/annotations/AnnotationList";
import type { AnnotationView } from "@/lib/data/annotations";

const body = "The ministers spoke. The treaty remains in force. They agreed to meet.";
function annotation(id: number, exact: string, fields: Partial<AnnotationView> = {}): AnnotationView {
  const start = body.indexOf(exact);
  return {
    id,
    statementId: 1,
    verdict: "misleading",
    verdictLabel: "Misleading",
    note: `Note ${id}`,
    sources: ["https://example.org/source"],
    exact,
    prefix: "",
    suffix: "",
    start,
    end: start + exact.length,
    orphaned: false,
    anchoredVersion: 1,
    version: 1,
    editorName: "Ana",
    createdAt: "2026-11-27T07:00:00.000Z",
    editedByName: null,
    editedAt: null,
    ...fields,
  };
}

describe("AnnotatedText", () => {
  test("highlights anchored spans, keeps textContent equal to the text, and leaves orphans out", () => {
    const annotations = [annotation(1, "The treaty remains in force"), annotation(2, "gone words", { orphaned: true, start: 0, end: 3 })];
    const { container } = render(<AnnotatedText text={body} annotations={annotations} />);
    const root = container.querySelector("[data-annotated-text]")!;
    expect(root.textContent).toBe(body);
    const marks = root.querySelectorAll("mark");
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveTextContent("The treaty remains in force");
    expect(screen.getByRole("link", { name: "Annotation 1: Misleading" })).toHaveAttribute("href", "#annotation-1");
  });

  test("renders a part of the body with shifted, clipped annotations (for aligned cells)", () => {
    const span = { start: body.indexOf("The treaty"), end: body.indexOf(" They") };
    const { container } = render(
      <AnnotatedText text={body.slice(span.start, span.end)} offset={span.start} annotations={[annotation(1, "treaty remains in force. They agreed")]} />,
    );
    expect(container.querySelector("mark")).toHaveTextContent(/^treaty remains in force\.$/);
  });
});

describe("AnnotationList and AnnotationBadges", () => {
  test("list anchored annotations numbered, orphaned ones apart, and link badges to them", () => {
    const annotations = [annotation(1, "The ministers spoke"), annotation(2, "vanished claim", { orphaned: true, verdict: "false", verdictLabel: "False" })];
    render(
      <>
        <AnnotationBadges annotations={annotations} />
        <AnnotationList annotations={annotations} />
      </>,
    );
    const items = screen.getAllByTestId("annotation");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent("[1]");
    expect(items[0]).toHaveTextContent("Note 1");
    expect(items[1]).toHaveAttribute("data-orphaned", "true");
    expect(items[1]).toHaveTextContent("Orphaned: the quoted words are no longer in the text");
    expect(screen.getByRole("heading", { name: "Orphaned annotations" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "False (orphaned)" })).toHaveAttribute("href", "#annotation-2");
  });

  test("says who last edited an annotation, and only when someone did", () => {
    const annotations = [
      annotation(1, "The ministers spoke"),
      annotation(2, "They agreed to meet", { editedByName: "Bea", editedAt: "2026-11-28T09:00:00.000Z" }),
    ];
    render(<AnnotationList annotations={annotations} />);
    const items = screen.getAllByTestId("annotation");
    expect(items[0]).toHaveTextContent("By Ana, 2026-11-27");
    expect(items[0].querySelector("[data-testid=annotation-edited]")).toBeNull();
    expect(items[1]).toHaveTextContent("By Ana, 2026-11-27; edited by Bea, 2026-11-28");
  });
});
