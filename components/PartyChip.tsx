interface PartyChipProps {
  name: string;
  color: string;
  /** Visible label; defaults to the name. */
  label?: string;
}

/** A party's colour swatch and name; the swatch is decorative, the name carries the meaning. */
export function PartyChip({ name, color, label }: PartyChipProps) {
  return (
    <span className="inline-flex items-center gap-1.5 font-medium" title={name}>
      <span aria-hidden="true" className="inline-block h-3 w-3 shrink-0 rounded-sm ring-1 ring-black/10" style={{ backgroundColor: color }} />
      <span>{label ?? name}</span>
    </span>
  );
}
