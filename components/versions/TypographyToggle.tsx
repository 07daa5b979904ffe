import { typographyToggleLabel } from "@/lib/view/version-diff";

/**
 * "3 typographic edits (hidden) — show": the count of a version diff's typographic edits and a link that shows or
 * hides them (a URL parameter, so the choice survives a reload and reaches the export links). Nothing when there are none.
 */
export function TypographyToggle({ count, shown, href }: { count: number; shown: boolean; href: string }) {
  if (count === 0) return null;
  return (
    <a className="underline" href={href} data-testid="typography-toggle">
      {typographyToggleLabel(count, shown)}
    </a>
  );
}
