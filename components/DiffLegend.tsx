interface DiffLegendProps {
  fromLabel: string;
  toLabel: string;
}

export function DiffLegend({ fromLabel, toLabel }: DiffLegendProps) {
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700" aria-label="Legend">
      <span>
        <del className="diff-del px-1">removed</del> only in {fromLabel}
      </span>
      <span>
        <ins className="diff-ins px-1">added</ins> only in {toLabel}
      </span>
      <span>unmarked text: in both</span>
    </p>
  );
}
