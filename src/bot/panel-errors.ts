/** Turns a panel error into a clear, translated sentence for the user. Never includes the key. */
import { PanelError } from "../panel/errors.js";
import type { BaseContext } from "./context.js";

export function panelErrorText(ctx: Pick<BaseContext, "t">, err: unknown): string {
  if (!(err instanceof PanelError)) return ctx.t("error-generic");
  switch (err.kind) {
    case "invalid_key":
      return ctx.t("panel-error-invalid-key");
    case "insufficient_funds":
      return ctx.t("panel-error-funds");
    case "unknown_order":
      return ctx.t("panel-error-unknown-order");
    case "unknown_refill":
      return ctx.t("panel-error-unknown-refill");
    case "rate_limited":
      return ctx.t("panel-error-rate-limited");
    case "unavailable":
      return ctx.t("panel-error-unavailable");
    case "unknown_outcome":
      return ctx.t("panel-error-unknown-outcome");
    case "invalid_input":
      return err.panelMessage
        ? ctx.t("panel-error-invalid-input-detail", { detail: err.panelMessage.slice(0, 300) })
        : ctx.t("panel-error-invalid-input");
    default:
      return ctx.t("error-generic");
  }
}
