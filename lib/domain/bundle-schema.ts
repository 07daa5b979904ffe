import { z } from "zod";
import { eventSizeOf, eventSizeSchema } from "./event-size";
import {
  colorField,
  countryField,
  dayField,
  exchangeKindField,
  languageField,
  optionalDayField,
  partyKindField,
  partyNameField,
  partyShortNameField,
  provenanceNoteField,
  publishedOnField,
  slugField,
  sourceNameField,
  sourceRoleField,
  sourceUrlField,
  speakerField,
  statementBodyField,
  statementKindField,
  summaryField,
  titleField,
} from "../editorial/fields";

/**
 * The event bundle: parties plus events with their statements. The seed file and the JSON import use it; every
 * field is the same schema the editor forms use (lib/editorial/fields.ts), so a value is accepted or refused the
 * same way, with the same message, whichever way it comes in. Optional fields may also be null or left out.
 */

export const partySchema = z.object({
  slug: slugField,
  name: partyNameField,
  shortName: partyShortNameField,
  kind: partyKindField,
  country: countryField.nullable().default(null),
  color: colorField,
});

export const statementSchema = z.object({
  slug: slugField,
  party: slugField,
  title: titleField,
  kind: statementKindField,
  sourceName: sourceNameField,
  sourceUrl: sourceUrlField.nullable().default(null),
  publishedOn: publishedOnField.nullable().default(null),
  language: languageField.default("en"),
  speaker: speakerField.nullable().default(null),
  provenanceNote: provenanceNoteField.default(""),
  body: statementBodyField,
  /** primary | secondary; when absent, from the kind (a news report is secondary, the rest primary). */
  sourceRole: sourceRoleField.optional(),
  /** Slugs of the event's exchanges this statement reports; when absent, every exchange of the event. */
  exchanges: z.array(slugField).min(1).optional(),
});

/** One conversation inside the event (a call, a meeting, a hearing …); participants are party slugs. */
export const exchangeSchema = z.object({
  slug: slugField,
  kind: exchangeKindField,
  title: titleField,
  occurredOn: optionalDayField.nullable().default(null),
  participants: z.array(slugField).default([]),
});

export const eventSchema = z.object({
  slug: slugField,
  title: titleField,
  occurredOn: dayField,
  summary: summaryField.default(""),
  /** When absent, the event holds one exchange with every statement in it (see WHOLE_EVENT_EXCHANGE). */
  exchanges: z.array(exchangeSchema).min(1).optional(),
  statements: z.array(statementSchema).min(1),
});

export const bundleSchema = z
  .object({
    parties: z.array(partySchema),
    events: z.array(eventSchema),
  })
  .superRefine((bundle, ctx) => {
    const partySlugs = new Set<string>();
    bundle.parties.forEach((party, i) => {
      if (partySlugs.has(party.slug)) {
        ctx.addIssue({ code: "custom", path: ["parties", i, "slug"], message: `duplicate party slug "${party.slug}"` });
      }
      partySlugs.add(party.slug);
    });
    const eventSlugs = new Set<string>();
    bundle.events.forEach((event, e) => {
      if (eventSlugs.has(event.slug)) {
        ctx.addIssue({ code: "custom", path: ["events", e, "slug"], message: `duplicate event slug "${event.slug}"` });
      }
      eventSlugs.add(event.slug);
      const exchangeSlugs = new Set<string>();
      event.exchanges?.forEach((exchange, x) => {
        if (exchangeSlugs.has(exchange.slug)) {
          ctx.addIssue({ code: "custom", path: ["events", e, "exchanges", x, "slug"], message: `duplicate exchange slug "${exchange.slug}"` });
        }
        exchangeSlugs.add(exchange.slug);
        exchange.participants.forEach((party, p) => {
          if (!partySlugs.has(party)) {
            ctx.addIssue({ code: "custom", path: ["events", e, "exchanges", x, "participants", p], message: `unknown party "${party}"` });
          }
        });
      });
      // The largest event the app accepts (lib/domain/event-size.ts), with the forms' message.
      const size = eventSizeSchema.safeParse(eventSizeOf(event.statements.map((statement) => statement.body)));
      size.error?.issues.forEach((issue) => ctx.addIssue({ code: "custom", path: ["events", e, "statements"], message: issue.message }));
      const statementSlugs = new Set<string>();
      event.statements.forEach((statement, s) => {
        statement.exchanges?.forEach((exchange, k) => {
          if (!exchangeSlugs.has(exchange)) {
            ctx.addIssue({
              code: "custom",
              path: ["events", e, "statements", s, "exchanges", k],
              message: event.exchanges ? `unknown exchange "${exchange}"` : `unknown exchange "${exchange}": the event lists no exchanges`,
            });
          }
        });
        if (!partySlugs.has(statement.party)) {
          ctx.addIssue({
            code: "custom",
            path: ["events", e, "statements", s, "party"],
            message: `unknown party "${statement.party}"`,
          });
        }
        if (statementSlugs.has(statement.slug)) {
          ctx.addIssue({
            code: "custom",
            path: ["events", e, "statements", s, "slug"],
            message: `duplicate statement slug "${statement.slug}"`,
          });
        }
        statementSlugs.add(statement.slug);
      });
    });
  });

export type Bundle = z.infer<typeof bundleSchema>;
export type BundleParty = z.infer<typeof partySchema>;
export type BundleEvent = z.infer<typeof eventSchema>;
export type BundleStatement = z.infer<typeof statementSchema>;
export type BundleExchange = z.infer<typeof exchangeSchema>;
