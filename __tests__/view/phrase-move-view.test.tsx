import { render, screen, within } from "@testing-library/react";
import { VersionDiffView } from "@/components/versions/VersionDiffView";
import { diffVersions } from "@/lib/compare/versions";

/** A phrase moved inside its sentence on the history page and every VersionDiffView (session 17). */

describe("<VersionDiffView> with a phrase moved inside its sentence", () => {
  const diff = diffVersions("Blinken spoke with Aliyev on Monday. The talks ended.", "On Monday, Blinken spoke with Aliyev. The talks ended.", "en");

  test("the summary names it once, as moved, in wording; its link lands on the first place shown", () => {
    render(<VersionDiffView diff={diff} idPrefix="t-" />);
    const summary = screen.getByTestId("edit-summary");
    expect(within(summary).getByText("1 edit in wording")).toBeTruthy();
    const links = within(summary).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual(["“On Monday” moved"]);
    const target = document.getElementById(links[0].getAttribute("href")!.slice(1))!;
    expect([target.tagName, target.getAttribute("data-moved")]).toEqual(["INS", "to"]);
  });

  test("both places are marked and each links to the other", () => {
    render(<VersionDiffView diff={diff} idPrefix="t-" />);
    const from = screen.getByTestId("phrase-moved-from");
    const to = screen.getByTestId("phrase-moved-to");
    expect(from.getAttribute("href")).toBe(`#${to.id}`);
    expect(to.getAttribute("href")).toBe(`#${from.id}`);
    expect(from.getAttribute("aria-label")).toBe("moved from here: see its new place");
    const marks = [...document.querySelectorAll("[data-moved]")].map((mark) => [mark.tagName, mark.getAttribute("data-moved"), mark.getAttribute("data-edit-class"), mark.textContent]);
    expect(marks).toEqual([
      ["INS", "to", "wording", "[added: On Monday, ]"],
      ["DEL", "from", "wording", "[removed:  on Monday]"],
    ]);
    // No passage moved: no passage markers.
    expect(screen.queryByTestId("moved-to")).toBeNull();
  });
});
