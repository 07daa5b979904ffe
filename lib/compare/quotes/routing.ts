import type { AnalysedStatement } from "../analyse";
import type { Quotation } from "../quotation-marks";
import type { QuoteSpeaker, StatementInput } from "../types";
import { attributeQuotations, speakerSide } from "./speakers";

/**
 * Where to check one quotation: skip it (the quoting statement is the speaker's own account — it is the source, not
 * a quotation of another statement), or check it first in `side` (statement orders of the speaker's party and of the
 * party the text says reports the speaker's words; empty: neither has a statement here), then in the rest. `side` undefined: no speaker known, check everywhere.
 */
export type QuoteRoute =
  | { skip: true }
  | {
      skip: false;
      speaker: QuoteSpeaker | null;
      side: number[] | undefined;
      /** The statements it may be found in at all (orders): a primary statement's quotation is not sourced from a news report. */
      targets: number[];
    };

export type QuoteRouter = (statementOrder: number, quotationIndex: number) => QuoteRoute;

/** Routes every quotation of a comparison by its speaker (attributeQuotations + speakerSide). */
export function speakerRouter(
  inputs: readonly StatementInput[],
  statements: readonly AnalysedStatement[],
  quotations: readonly Quotation[][],
): QuoteRouter {
  const candidates = inputs.map((input) => ({
    speaker: input.speaker,
    partyNames: input.partyNames,
    party: input.party ?? input.id,
    text: input.text,
    primary: (input.role ?? "primary") === "primary",
    language: input.language ?? null,
  }));
  // Without any speaker field or party name in the input there is nothing to match a speaker to: check everywhere.
  const speakersKnown = inputs.some((input) => input.speaker || input.partyNames?.length);
  const primary = inputs.map((input) => (input.role ?? "primary") === "primary");
  const routes = statements.map((statement) => {
    // A retelling is never the source of what a party's own statement quotes.
    const targets = inputs.map((_, i) => i).filter((i) => i !== statement.order && (!primary[statement.order] || primary[i]));
    const input = inputs[statement.order];
    const speakers = attributeQuotations(statement.text, quotations[statement.order], input.speaker ?? null, statement.language, input.partyNames ?? []);
    return speakers.map((found): QuoteRoute => {
      if (!found) return { skip: false, speaker: null, side: undefined, targets };
      const { reportedBy, ...speaker } = found;
      if (!speakersKnown) return { skip: false, speaker: { ...speaker, statementIds: [] }, side: undefined, targets };
      const { own, side } = speakerSide(speaker.name, candidates, statement.order);
      if (own.includes(statement.order)) return { skip: true };
      // The party that reports the speaker's words ("…,” the State Department said) is the speaker's side too: its
      // statement is where the report took them from. The speaker's own statements stay the speaker's alone.
      const reporting = reportedBy ? speakerSide(reportedBy, candidates, statement.order).side : [];
      return {
        skip: false,
        speaker: { ...speaker, statementIds: own.map((i) => inputs[i].id) },
        side: [...new Set([...side, ...reporting])].sort((a, b) => a - b).filter((i) => targets.includes(i)),
        targets,
      };
    });
  });
  return (order, q) => routes[order][q];
}
