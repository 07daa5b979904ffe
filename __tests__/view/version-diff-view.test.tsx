import { render, screen, within } from "@testing-library/react";
import { VersionDiffView } from "@/components/versions/VersionDiffView";
import { diffVersions } from "@/lib/compare/versions";
import { versionDiffSummary } from "@/lib/view/version-diff";

const FIRST = "The minister met the envoy in the capital. They spoke about the release of the reporter to house arrest.";
const SECOND = "Trade across the river was the next topic. Cross-border posts will reopen soon.";
const THIRD = "The envoy underscored the value of direct contacts. The call ended with thanks.";
const A = [FIRST, SECOND, THIRD].join("\n\n");
const B = [FIRST.replace("President", "Premier").replace(" to house arrest", ""), THIRD.replace("underscored", "underlined"), SECOND.replace("Cross-border", "Cross\u2010border")].join("\n\n");

describe("<VersionDiffView>", () => {
  const diff = diffVersions(A, B);

  test("the top line counts edits by class and links to each edit shown", () => {
    expect(versionDiffSummary(diff).line).toBe("1 edit that changes facts, 1 in wording; 1 passage moved");
    render(<VersionDiffView diff={diff} idPrefix="t-" />);
    const summary = screen.getByTestId("edit-summary");
    expect(within(summary).getByText("1 edit that changes facts, 1 in wording; 1 passage moved")).toBeTruthy();
    const links = within(summary).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual(["to house arrest → ∅", "underscored → underlined"]);
    for (const link of links) {
      const target = document.getElementById(link.getAttribute("href")!.slice(1));
      expect(target?.getAttribute("data-edit-class")).toBe(link.getAttribute("data-edit-class"));
    }
    expect(links.map((link) => link.getAttribute("data-edit-class"))).toEqual(["fact", "wording"]);
  });

  test("a moved passage is shown once, with links both ways; a typographic edit is not marked", () => {
    const { container } = render(<VersionDiffView diff={diff} idPrefix="t-" />);
    const movedTo = screen.getByTestId("moved-to");
    const movedFrom = screen.getByTestId("moved-from");
    expect(movedTo.getAttribute("href")).toBe(`#${movedFrom.id}`);
    expect(movedFrom.getAttribute("href")).toBe(`#${movedTo.id}`);
    expect(container.textContent!.split("Trade across the river").length).toBe(2);
    expect([...container.querySelectorAll("ins, del")].map((mark) => mark.textContent)).toEqual([
      "[removed:  to house arrest]",
      "[removed: underscored]",
      "[added: underlined]",
    ]);
  });
});
