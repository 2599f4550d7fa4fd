/**
 * zod schemas of the Mini App's request bodies. The order fields' schema is derived from the same
 * field table as the chat wizard (FIELD_INFO in src/panel/service-types.ts): each field's kind
 * decides its JSON type and size limits; the service type's rules (which fields, ranges, links,
 * drip-feed, dates) are then checked by validateAddInput, exactly as the wizard does.
 */
import { z } from "zod";
import { FIELD_INFO, type AddField } from "../panel/service-types.js";
import { PLACEMENT_ID_RE } from "../storage/repos/placements.js";

const ID_RE = /^\d{1,24}$/;
export const orderIdSchema = z.string().regex(ID_RE, "an order ID is 1–24 digits");
export const serviceIdSchema = z.string().regex(ID_RE, "a service ID is 1–24 digits");
const decimalString = z.string().regex(/^\d{1,20}(\.\d{1,20})?$/, "a decimal number as a string");

/** Most lines of a list field (comments, usernames, …) and the longest line. */
const MAX_LINES = 10_000;
const MAX_LINE = 500;

function fieldSchema(field: AddField): z.ZodType {
  const info = FIELD_INFO[field];
  switch (info.kind) {
    case "integer":
    case "choice":
      return z.number().int().safe();
    case "lines":
      return z.array(z.string().max(MAX_LINE)).max(MAX_LINES);
    case "url":
      return z.string().max(2000);
    case "date":
      return z.string().max(10);
    case "text":
      return z.string().max(300);
  }
}

/** The `add` fields of an order (unknown keys refused). */
export const orderInputSchema = z
  .object(Object.fromEntries((Object.keys(FIELD_INFO) as AddField[]).map((f) => [f, fieldSchema(f).optional()])))
  .strict();

export const orderRequestSchema = z
  .object({
    placementId: z.string().regex(PLACEMENT_ID_RE, "a placement id is 12 characters of a-z and 0-9"),
    serviceId: serviceIdSchema,
    input: orderInputSchema,
    price: decimalString.optional(),
  })
  .strict();

export const orderActionSchema = z.object({ orderId: orderIdSchema }).strict();

export const refreshSchema = z.object({ ids: z.array(orderIdSchema).min(1).max(100) }).strict();
