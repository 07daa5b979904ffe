import { z } from "zod";

/**
 * The alignment threshold a reader or API client may choose: a number from 0.05 to 0.95, rounded to two decimals
 * (the page's slider step). Rounding is what keeps the comparison cache small: 0.5, 0.50 and 0.5000001 are one
 * comparison, so a client cannot force a full recompute per distinct value (issue 15). Page and API both use it.
 */
export const MIN_ALIGN_THRESHOLD = 0.05;
export const MAX_ALIGN_THRESHOLD = 0.95;

export const alignThresholdSchema = z.coerce
  .number()
  .min(MIN_ALIGN_THRESHOLD)
  .max(MAX_ALIGN_THRESHOLD)
  .transform((value) => Math.round(value * 100) / 100);
