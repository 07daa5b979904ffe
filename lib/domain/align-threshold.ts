import { z } from "zod";

/**
 * The alignment threshold a reader or API client may choose: a number from 0.05 to 0.95, rounded to two decimals
 * (the page's slider step). Rounding is what keeps the comparison cache small: 0.5, 0.50 and 0.5000001 are one
 * comparison, so a client cannot force a full recompute per distinct value (issue 15). Page and API both use it.
 */
export const MIN_ALIGN_THRESHOLD = 0.05;
export const MAX_ALIGN_THRESHOLD = 0.95;

/** The one message for a threshold out of range or not a number, worded for readers (tester 39 saw the validator's own). */
export const ALIGN_THRESHOLD_MESSAGE = `threshold must be a number from ${MIN_ALIGN_THRESHOLD} to ${MAX_ALIGN_THRESHOLD}, such as 0.5`;

export const alignThresholdSchema = z.coerce
  .number({ error: ALIGN_THRESHOLD_MESSAGE })
  .min(MIN_ALIGN_THRESHOLD, { error: ALIGN_THRESHOLD_MESSAGE })
  .max(MAX_ALIGN_THRESHOLD, { error: ALIGN_THRESHOLD_MESSAGE })
  .transform((value) => Math.round(value * 100) / 100);
