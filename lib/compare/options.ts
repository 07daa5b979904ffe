import type { CompareOptions, ResolvedOptions, StatementInput } from "./types";

/** Defaults for every option except `baseId`, which defaults to the first statement's id. */
export const DEFAULT_OPTIONS: Readonly<Omit<ResolvedOptions, "baseId">> = Object.freeze({
  alignThreshold: 0.3,
  quoteThreshold: 0.6,
  versionThreshold: 0.6,
  maxEditLength: 40,
  diffTimeoutMs: 250,
  splitClauses: true,
});

function unitInterval(name: string, value: number): number {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be between 0 and 1, got ${value}`);
  return value;
}

function positive(name: string, value: number): number {
  if (!(value > 0)) throw new RangeError(`${name} must be positive, got ${value}`);
  return value;
}

/** Fills in defaults and rejects values that would make the result meaningless. */
export function resolveOptions(statements: readonly StatementInput[], options: CompareOptions = {}): ResolvedOptions {
  const baseId = options.baseId ?? statements[0]?.id ?? "";
  if (options.baseId !== undefined && !statements.some((s) => s.id === baseId)) {
    throw new RangeError(`baseId "${baseId}" is not one of the statements`);
  }
  return {
    baseId,
    alignThreshold: unitInterval("alignThreshold", options.alignThreshold ?? DEFAULT_OPTIONS.alignThreshold),
    quoteThreshold: unitInterval("quoteThreshold", options.quoteThreshold ?? DEFAULT_OPTIONS.quoteThreshold),
    versionThreshold: unitInterval("versionThreshold", options.versionThreshold ?? DEFAULT_OPTIONS.versionThreshold),
    maxEditLength: Math.floor(positive("maxEditLength", options.maxEditLength ?? DEFAULT_OPTIONS.maxEditLength)),
    diffTimeoutMs: positive("diffTimeoutMs", options.diffTimeoutMs ?? DEFAULT_OPTIONS.diffTimeoutMs),
    splitClauses: options.splitClauses ?? DEFAULT_OPTIONS.splitClauses,
  };
}
