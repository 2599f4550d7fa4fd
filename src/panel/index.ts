/**
 * The panel API client: public surface. See client.ts (calls), errors.ts (PanelError kinds),
 * service-types.ts (the ordering wizard's field table), money.ts (exact decimals).
 */
export * from "./types.js";
export { PanelClient, MAX_IDS_PER_CALL, type PanelClientOptions, type BatchOptions } from "./client.js";
export { PanelCapabilities } from "./batch.js";
export { isAntiBotPage } from "./transport.js";
export { PANEL_ID_MAX_LENGTH, PANEL_ID_PATTERN, PANEL_ID_SOURCE, isPanelId, panelIdOf } from "./ids.js";
export { PanelRegistry, type PanelInfo, type RegisteredPanel, type SharedClientOptions } from "./registry.js";
export {
  PanelError,
  classifyPanelMessage,
  isKeyLikeMessage,
  isPanelError,
  isUnknownActionMessage,
  PANEL_PROBLEMS,
  problemOf,
  panelErrorFromMessage,
  scrubSecret,
  type PanelErrorKind,
  type PanelErrorReason,
  type PanelErrorOptions,
  type PanelMessageClass,
  type PanelProblem,
  type PanelErrorDetails,
  type RefillRefusal,
} from "./errors.js";
export * from "./money.js";
export * from "./service-types.js";
export { normalizeOrderStatus, normalizeRefillStatus, errorMessageOf } from "./schemas.js";
export * from "./status.js";
