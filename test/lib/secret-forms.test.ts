import { describe, expect, it } from "vitest";
import { scrubSecretForms, secretForms } from "../../src/lib/secret-forms.js";

const KEY = "d3adb33f-Key/with+odd chars=1";

describe("scrubSecretForms", () => {
  it("removes the key as is, URL-encoded, form-encoded, hex, base64 and base64url", () => {
    const b = Buffer.from(KEY);
    const echoes = [
      KEY,
      KEY.toUpperCase(),
      encodeURIComponent(KEY),
      encodeURIComponent(KEY).toLowerCase(),
      encodeURIComponent(KEY).replace(/%20/g, "+"),
      b.toString("hex"),
      b.toString("hex").toUpperCase(),
      b.toString("base64"),
      b.toString("base64url"),
      // inside a longer base64 text, at each alignment
      Buffer.concat([Buffer.from("key="), b]).toString("base64"),
      Buffer.concat([Buffer.from("k="), b, Buffer.from("&x=1")]).toString("base64"),
      Buffer.concat([Buffer.from("api_key="), b]).toString("base64url"),
    ];
    for (const echo of echoes) {
      const out = scrubSecretForms(`Error: bad request ${echo} rejected`, KEY);
      expect(out, echo).toContain("[redacted]");
      expect(out, echo).not.toContain(echo.length > 12 ? echo.slice(4, -4) : echo);
    }
  });

  it("leaves text without the key alone, and short secrets unscrubbed", () => {
    expect(scrubSecretForms("Order 123 not found", KEY)).toBe("Order 123 not found");
    expect(secretForms("ab")).toEqual([]);
    expect(scrubSecretForms("ab ab", "ab")).toBe("ab ab");
  });
});

describe("the panel errors' scrubber", () => {
  it("removes every form of the key from a panel's error text", async () => {
    const { scrubSecret } = await import("../../src/panel/errors.js");
    const key = "s3cr3t-KEY_0123456789abcdef";
    const b64 = Buffer.from(key).toString("base64");
    const hex = Buffer.from(key).toString("hex");
    const text = `bad key ${key} / ${encodeURIComponent(key)} / ${b64} / ${hex}`;
    const out = scrubSecret(text, key);
    for (const form of [key, b64, hex]) expect(out).not.toContain(form);
    expect(out).toContain("[redacted]");
  });
});
