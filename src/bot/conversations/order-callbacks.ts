/**
 * The ordering wizard's buttons (`ow:…`). They belong to whoever started the wizard (audience
 * `starter`); in groups that user must also be an admin (see groups/guard.ts).
 */
import { defineCallback, field } from "../callback-data.js";
import { SERVICE_ID_FIELD } from "../features/services.js";
import type { AddField } from "../../panel/service-types.js";

const VERSION = field.id(12);
const PAGE = field.int(4);
const starter = { audience: "starter" } as const;

export const WIZARD = {
  categories: defineCallback("ow:c", { version: VERSION, page: PAGE }, starter),
  services: defineCallback("ow:s", { version: VERSION, category: field.int(5), page: PAGE }, starter),
  search: defineCallback("ow:q", { page: PAGE }, starter),
  pick: defineCallback("ow:S", { serviceId: SERVICE_ID_FIELD }, starter),
  noop: defineCallback("ow:n", {}, starter),
  value: defineCallback("ow:v", { value: PAGE }, starter),
  skip: defineCallback("ow:skip", {}, starter),
  drip: defineCallback("ow:drip", { on: field.flag() }, starter),
  confirm: defineCallback("ow:ok", { placementId: field.id(12) }, starter),
  change: defineCallback("ow:chg", {}, starter),
  /** Edit one step (an `add` field name or "drip"), or "-" for back. */
  edit: defineCallback("ow:e", { step: field.id(20) }, starter),
} as const;

export const WIZARD_CODECS = Object.values(WIZARD);
export const wizardConfirmCodec = WIZARD.confirm;

/** Callback data of the wizard's buttons (all ≤ 64 bytes). */
export const ORDER_DATA = {
  categories: (version: string, page: number) => WIZARD.categories.pack({ version, page }),
  services: (version: string, category: number, page: number) => WIZARD.services.pack({ version, category, page }),
  search: (page: number) => WIZARD.search.pack({ page }),
  pick: (serviceId: string) => WIZARD.pick.pack({ serviceId }),
  noop: WIZARD.noop.pack({}),
  value: (value: number) => WIZARD.value.pack({ value }),
  skip: WIZARD.skip.pack({}),
  dripYes: WIZARD.drip.pack({ on: true }),
  dripNo: WIZARD.drip.pack({ on: false }),
  confirm: (placementId: string) => WIZARD.confirm.pack({ placementId }),
  change: WIZARD.change.pack({}),
  edit: (step: AddField | "drip") => WIZARD.edit.pack({ step }),
  editBack: "ow:e:-",
} as const;

/** A wizard button other than Confirm (those are answered by the order feature when the wizard is over). */
export function isWizardStepData(data: string): boolean {
  return data.startsWith("ow:") && !WIZARD.confirm.filter.test(data);
}
