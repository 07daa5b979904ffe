import type { SpeakerBasis } from "../compare/types";

/** How the text attributes a quotation to its speaker, as the Quote check view and its exports say it. */
export const SPEAKER_BASIS_LABELS: Record<SpeakerBasis, string> = {
  said_after: "named after the quotation",
  said_before: "named before the quotation",
  according_to: "“according to”",
  added: "“added”",
  pronoun: "a pronoun after a named speaker",
  statement_speaker: "the statement’s speaker",
};
