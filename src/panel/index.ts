/**
 * The panel API client: public surface. See client.ts (calls), errors.ts (PanelError kinds),
 * service-types.ts (the ordering wizard's field table), money.ts (exact decimals).
 */
export * from "./types.js";
export { PanelClient, MAX_IDS_PER_CALL, type PanelClientOptions, type BatchOptions } from "./client.js";
export { PanelRegistry, type PanelInfo, type RegisteredPanel, type SharedClientOptions } from "./registry.js";
export {
  PanelError,
  classifyPanelMessage,
  isPanelError,
  panelErrorFromMessage,
  scrubSecret,
  type PanelErrorKind,
  type PanelErrorReason,
  type PanelErrorOptions,
  type PanelMessageClass,
} from "./errors.js";
export * from "./money.js";
export * from "./service-types.js";
export { normalizeOrderStatus, normalizeRefillStatus, errorMessageOf } from "./schemas.js";
export * from "./status.js";
