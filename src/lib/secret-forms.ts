/**
 * The forms a secret (a panel API key) can take when something echoes it back: as is, URL- and
 * form-encoded, hex, and base64 / base64url (also inside a longer base64 text, whatever its
 * alignment). `scrubSecretForms` replaces each with "[redacted]", case-insensitively where the
 * encoding is (hex, percent escapes). Used by log and error scrubbing (src/panel/errors.ts
 * `scrubSecret` should call it).
 */

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Base64 of bytes, with the APIs Node and browsers share (this module is also bundled into the Mini App). */
function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Shortest secret scrubbed: shorter ones would mangle ordinary text. */
export const MIN_SECRET_LENGTH = 4;

/**
 * The part of base64(prefix ‖ secret ‖ suffix) that depends on the secret alone, for each of the
 * three alignments: those characters appear in any base64 text that contains the secret's bytes.
 */
function base64Cores(secret: Uint8Array): string[] {
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encode = (fill: number): string => {
      const tail = (3 - ((offset + secret.length) % 3)) % 3;
      const bytes = new Uint8Array(offset + secret.length + tail).fill(fill);
      bytes.set(secret, offset);
      return base64(bytes);
    };
    const a = encode(0x00);
    const b = encode(0xff);
    // Characters equal under both fillers are fixed by the secret; take the longest such run.
    let best = "";
    let run = "";
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) run += a[i];
      else run = "";
      if (run.length > best.length) best = run;
    }
    if (best.length >= 6) cores.push(best.replace(/=+$/, ""));
  }
  return cores;
}

/** Every form of `secret` to scrub (empty when the secret is too short to scrub safely). */
export function secretForms(secret: string | undefined): string[] {
  if (!secret || secret.length < MIN_SECRET_LENGTH) return [];
  const bytes = new TextEncoder().encode(secret);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  const forms = new Set<string>([secret, encodeURIComponent(secret), encodeURIComponent(secret).replace(/%20/g, "+"), hex]);
  for (const core of base64Cores(bytes)) {
    forms.add(core);
    forms.add(core.replace(/\+/g, "-").replace(/\//g, "_")); // base64url
  }
  // Longest first: a form that contains another is replaced whole.
  return [...forms].filter((f) => f.length >= MIN_SECRET_LENGTH).sort((x, y) => y.length - x.length);
}

/** Replaces every form of `secret` in `text` with "[redacted]". */
export function scrubSecretForms(text: string, secret: string | undefined): string {
  let out = text;
  for (const form of secretForms(secret)) {
    // Base64 is case-sensitive; the other forms are matched case-insensitively (hex, %2f vs %2F).
    const caseSensitive = /[A-Z]/.test(form) && /[a-z]/.test(form) && !form.includes("%") && form !== secret;
    out = out.replace(new RegExp(escapeRegExp(form), caseSensitive ? "g" : "gi"), "[redacted]");
  }
  return out;
}
