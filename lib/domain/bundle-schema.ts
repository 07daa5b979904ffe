import { z } from "zod";
import { isRealDay } from "./dates";
import { EXCHANGE_KINDS, PARTY_KINDS, SOURCE_ROLES, STATEMENT_KINDS } from "./kinds";

/**
 * The event bundle: parties plus events with their statements. The seed file uses it,
 * and it is the shape a JSON import will take, so every field is validated here once.
 */

const slug = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case letters, digits and single hyphens");

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")
  .refine(isRealDay, "not a real date");

export const partySchema = z.object({
  slug,
  name: z.string().trim().min(1).max(200),
  shortName: z.string().trim().min(1).max(60),
  kind: z.enum(PARTY_KINDS),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, "use an ISO 3166-1 alpha-2 code")
    .nullable()
    .default(null),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "use #rrggbb"),
});

export const MAX_STATEMENT_CHARS = 1_000_000;

export const statementSchema = z.object({
  slug,
  party: slug,
  title: z.string().trim().min(1).max(300),
  kind: z.enum(STATEMENT_KINDS),
  sourceName: z.string().trim().min(1).max(300),
  sourceUrl: z.url({ protocol: /^https?$/ }).nullable().default(null),
  publishedOn: isoDate.nullable().default(null),
  language: z.string().min(2).max(35).default("en"),
  speaker: z.string().trim().min(1).max(200).nullable().default(null),
  provenanceNote: z.string().max(2000).default(""),
  body: z.string().refine((s) => s.trim().length > 0, "must not be empty").pipe(z.string().max(MAX_STATEMENT_CHARS)),
  /** primary | secondary; when absent, from the kind (a news report is secondary, the rest primary). */
  sourceRole: z.enum(SOURCE_ROLES).optional(),
  /** Slugs of the event's exchanges this statement reports; when absent, every exchange of the event. */
  exchanges: z.array(slug).min(1).optional(),
});

/** One conversation inside the event (a call, a meeting, a hearing …); participants are party slugs. */
export const exchangeSchema = z.object({
  slug,
  kind: z.enum(EXCHANGE_KINDS),
  title: z.string().trim().min(1).max(300),
  occurredOn: isoDate.nullable().default(null),
  participants: z.array(slug).default([]),
});

export const eventSchema = z.object({
  slug,
  title: z.string().trim().min(1).max(300),
  occurredOn: isoDate,
  summary: z.string().max(5000).default(""),
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
