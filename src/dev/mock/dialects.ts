/**
 * How the mock panel speaks: the dialects of real panel scripts, taken from test/realworld/corpus
 * (each text there has its public source). A dialect decides the words of every error, where errors
 * and successes go in the JSON, the HTTP status of errors, the shape of multi answers, the order
 * IDs, and which actions the panel lacks.
 *
 * - `standard`: the API v2 documentation's texts (Perfect Panel's English texts).
 * - `perfectpanel`: Perfect Panel's raw translation keys (`neworder.error.not_enough_funds`, …).
 * - `smartpanel`: SmartPanel; no cancel ("This action is Invalid"), `{"status":"success",…}`
 *   successes, "Empty Data" for an empty catalogue.
 * - `laravel`: a Laravel script; errors behind 400/422, multi answers as lists of objects.
 * - `socpanel`: a SocPanel-style PHP script; numeric status codes next to errors, no cancel
 *   (it answers `null`).
 * - `cmsnt`: CMSNT's PHP script; `{"status":"error","msg":…,"error":<key>}`, opaque order IDs.
 * - `cloudflare`: every request meets a Cloudflare challenge page (HTTP 403).
 */
import { digitIds, type IdFormat, type MockFailure } from "./state.js";
import type { MockDialect } from "./types.js";

export type Json = unknown;

/** A top-level answer: HTTP status and JSON body. */
export interface Rendered {
  status: number;
  json: Json;
}

export interface Dialect {
  readonly name: MockDialect;
  /** The text of a failure. */
  text(f: MockFailure, action: string): string;
  /** A top-level error answer. */
  error(f: MockFailure, action: string): Rendered;
  /** The value of one ID's error inside a multi answer. */
  itemError(f: MockFailure, action: string): Json;
  /** The answer to a successful `add`. */
  added(order: string | number): Json;
  /** The answer to `balance`. */
  balance(balance: string | number, currency: string): Json;
  /** The answer for an empty catalogue. */
  emptyCatalogue: Json;
  /** Multi `status`: an ID-keyed object, or a list of objects carrying `order`. */
  multiStatus: "object" | "list";
  /** The answer to an action the panel lacks (undefined: it has them all). */
  lacks: ReadonlySet<string>;
  /** The body sent for a lacking action (JSON); default: the "action" error. */
  lackingAnswer?: Rendered;
  /** Order IDs. */
  orderIds: IdFormat;
}

type Texts = Record<MockFailure["code"], string | ((limit: number | undefined) => string)>;

const STANDARD: Texts = {
  key: "Invalid API key",
  suspended: "Your account has been suspended",
  funds: "Not enough funds on balance",
  order: "Incorrect order ID",
  refill: "Refill not found",
  service: "Incorrect service ID",
  link: "Incorrect link",
  dripfeed: "This services does not support Dripfeed feature!",
  quantityMin: (n) => `Quantity less than minimal ${n}`,
  quantityMax: (n) => `Quantity more than maximal ${n}`,
  quantity: "Incorrect quantity",
  duplicate: "You have active order with this link. Please wait until order being completed.",
  refillDisabled: "Refill is disabled for this service",
  refillNotEligible: "Order not eligible for refill",
  cancelDisabled: "Cancel is disabled for this service",
  cancelRefused: "This order cannot be canceled",
  request: "Incorrect request",
  action: "Incorrect request",
};

const PERFECTPANEL: Texts = {
  ...STANDARD,
  funds: "neworder.error.not_enough_funds",
  service: "error.incorrect_service_id",
  link: "neworder.error.link",
  quantityMin: "neworder.error.min_quantity",
  quantityMax: "neworder.error.max_quantity",
  duplicate: "neworder.error.link_duplicate",
};

const SMARTPANEL: Texts = {
  ...STANDARD,
  key: "API is Disable for this user or User Not Found! Contact the Support",
  suspended: "API is Disable for this user or User Not Found! Contact the Support",
  service: "Service ID does not exists",
  link: "Bad Link",
  quantityMin: (n) => `Quantity must to be greater than or equal to minimum amount ${n}`,
  quantityMax: (n) => `Quantity must to be less than or equal to maximum amount ${n}`,
  quantity: "Quantity is required",
  request: "This action is Invalid",
  action: "This action is Invalid",
};

const LARAVEL: Texts = {
  ...STANDARD,
  key: "Invalid api key",
  suspended: "Your account is not active",
  funds: "You do not have enough funds to place this order.",
  order: "The selected order id is invalid.",
  service: "Invalid service ID",
  link: "The link field must be a valid URL.",
  quantityMin: (n) => `The quantity field must be at least ${n}.`,
  quantityMax: (n) => `The quantity field must not be greater than ${n}.`,
  quantity: "The quantity field is required.",
  refillDisabled: "You are not eligible to send refill request.",
  refillNotEligible: "You are not eligible to send refill request.",
  cancelDisabled: "You are not eligible to cancel this order.",
  cancelRefused: "You are not eligible to cancel this order.",
  request: "The order field is required",
  action: "Invalid action",
};

const SOCPANEL: Texts = {
  ...STANDARD,
  key: "API key invalid",
  suspended: "Your account is inactive",
  funds: "Your balance is insufficient.",
  order: "Order not found.",
  service: "Service not found or inactive",
  quantityMin: "Enter a value above the minimum number.",
  quantityMax: "Maximum number exceed.",
  quantity: "You must fill in the required fields.",
  duplicate: "You cannot start a new order with the same link that is active processing order.",
  refillDisabled: "Refill not allowed",
  refillNotEligible: "Refill not allowed",
};

/** CMSNT: [msg, error] pairs (the human text and the key next to it). */
const CMSNT: Record<MockFailure["code"], [string | ((n: number | undefined) => string), string]> = {
  key: ["Vui lòng đăng nhập", "Invalid API key"],
  suspended: ["Bạn đã bị khoá tài khoản vì gian lận", "neworder.error.account_banned"],
  funds: ["Số dư không đủ, vui lòng nạp thêm", "neworder.error.insufficient_balance"],
  order: ["Incorrect order ID", "Incorrect order ID"],
  refill: ["Incorrect refill ID", "error.incorrect_refill_id"],
  service: ["Dịch vụ không tồn tại", "error.incorrect_service_id"],
  link: ["Vui lòng nhập liên kết", "neworder.error.link"],
  dripfeed: ["This services does not support Dripfeed feature!", "This services does not support Dripfeed feature!"],
  quantityMin: [(n) => `Số lượng tối thiểu là ${n}`, "neworder.error.min_quantity"],
  quantityMax: [(n) => `Số lượng tối đa là ${n}`, "neworder.error.max_quantity"],
  quantity: ["Vui lòng nhập số lượng", "neworder.error.min_quantity"],
  duplicate: ["You have active order with this link. Please wait until order being completed.", "neworder.error.link_duplicate"],
  refillDisabled: ["Dịch vụ này không hỗ trợ bảo hành", "Dịch vụ này không hỗ trợ bảo hành"],
  refillNotEligible: ["Đơn hàng phải ở trạng thái hoàn thành mới có thể bảo hành", "Đơn hàng phải ở trạng thái hoàn thành mới có thể bảo hành"],
  cancelDisabled: ["Dịch vụ này không hỗ trợ hủy đơn", "Dịch vụ này không hỗ trợ hủy đơn"],
  cancelRefused: ["Đơn hàng này đã hoàn thành hoặc đã bị hủy", "Đơn hàng này đã hoàn thành hoặc đã bị hủy"],
  request: ["The Request Not Found", "The Request Not Found"],
  action: ["The Request Not Found", "The Request Not Found"],
};

const say = (t: string | ((n: number | undefined) => string), limit: number | undefined): string => (typeof t === "function" ? t(limit) : t);

const NONE: ReadonlySet<string> = new Set();

function simple(name: MockDialect, texts: Texts, extra: Partial<Dialect> = {}): Dialect {
  const text = (f: MockFailure): string => say(texts[f.code], f.limit);
  return {
    name,
    text,
    error: (f) => ({ status: 200, json: { error: text(f) } }),
    itemError: (f) => ({ error: text(f) }),
    added: (order) => ({ order }),
    balance: (balance, currency) => ({ balance, currency }),
    emptyCatalogue: [],
    multiStatus: "object",
    lacks: NONE,
    orderIds: digitIds,
    ...extra,
  };
}

/** HTTP status a Laravel script gives each failure. */
const LARAVEL_STATUS: Partial<Record<MockFailure["code"], number>> = {
  order: 422,
  service: 422,
  link: 422,
  quantityMin: 422,
  quantityMax: 422,
  quantity: 422,
  funds: 422,
  duplicate: 422,
  dripfeed: 422,
  refillDisabled: 400,
  refillNotEligible: 400,
  request: 422,
};

const SOCPANEL_CODE: Partial<Record<MockFailure["code"], string | number>> = {
  key: "102",
  suspended: "103",
  order: "104",
  service: "105",
  quantityMin: 108,
  quantityMax: 109,
  duplicate: 113,
  funds: 113,
};

export function dialectOf(name: MockDialect): Dialect {
  switch (name) {
    case "standard":
    case "cloudflare":
      return simple(name, STANDARD);
    case "perfectpanel":
      return simple(name, PERFECTPANEL);
    case "smartpanel":
      return simple(name, SMARTPANEL, {
        added: (order) => ({ status: "success", order }),
        balance: (balance, currency) => ({ status: "success", balance, currency }),
        emptyCatalogue: { status: "success", data: "Empty Data" },
        itemError: (f) => say(SMARTPANEL[f.code], f.limit),
        lacks: new Set(["cancel"]),
      });
    case "laravel":
      return simple(name, LARAVEL, {
        error: (f, action) => {
          if (f.code === "refill" && action === "refill_status")
            return { status: 200, json: { status: { error: say(LARAVEL.refill, f.limit) } } };
          return { status: LARAVEL_STATUS[f.code] ?? 200, json: { error: say(LARAVEL[f.code], f.limit) } };
        },
        added: (order) => ({ status: "success", message: "Your order has been placed successfully!", order }),
        balance: (balance, currency) => ({ status: "success", balance, currency }),
        multiStatus: "list",
      });
    case "socpanel":
      return simple(name, SOCPANEL, {
        error: (f) => {
          const code = SOCPANEL_CODE[f.code];
          return {
            status: 200,
            json: code !== undefined ? { error: say(SOCPANEL[f.code], f.limit), status: code } : { error: say(SOCPANEL[f.code], f.limit) },
          };
        },
        added: (order) => ({ status: 100, order }),
        lacks: new Set(["cancel"]),
        // The script's elseif chain has no branch for it: `print_r(json_encode($output))` of nothing.
        lackingAnswer: { status: 200, json: null },
      });
    case "cmsnt": {
      const text = (f: MockFailure): string => say(CMSNT[f.code][0], f.limit);
      return {
        ...simple(name, STANDARD),
        text,
        error: (f) => ({ status: 200, json: { status: "error", msg: text(f), error: say(CMSNT[f.code][1], f.limit) } }),
        itemError: (f) => ({ error: text(f) }),
        added: (order) => ({ status: "success", msg: "Đơn hàng đã được tạo thành công", order: String(order) }),
        multiStatus: "object",
        orderIds: (n) => `ORD${n}`,
      };
    }
  }
}

/** A Cloudflare challenge page (as in test/realworld/corpus/antibot.json). */
export const CLOUDFLARE_PAGE = `<!DOCTYPE html>
<html lang="en-US">
<head>
    <title>Just a moment...</title>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <meta name="robots" content="noindex,nofollow">
</head>
<body><div class="main-wrapper" role="main"><div class="main-content"><noscript><div id="challenge-error-title"><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></div></noscript></div></div></body>
</html>`;
