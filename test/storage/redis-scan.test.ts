/**
 * The Redis backend's scan with a fake client whose SCAN returns a key twice, as Redis may when its
 * table is resized during a scan: by default the repeat is skipped (the keys yielded are kept);
 * with `repeats` the caller gets it and the scan keeps no key.
 */
import { describe, expect, it } from "vitest";
import { RedisBackend } from "../../src/storage/backends/redis.js";

function fakeClient(pages: string[][]) {
  const values = new Map(pages.flat().map((k) => [k, `v(${k})`]));
  return {
    scan: (cursor: string) => {
      const i = Number(cursor);
      return Promise.resolve({ cursor: i + 1 < pages.length ? String(i + 1) : "0", keys: pages[i]! });
    },
    mGet: (keys: string[]) => Promise.resolve(keys.map((k) => values.get(k) ?? null)),
  };
}

async function collect(backend: RedisBackend, repeats?: boolean): Promise<string[]> {
  const out: string[] = [];
  for await (const [key, value] of backend.scan("ns:", repeats === undefined ? undefined : { repeats })) {
    expect(value).toBe(`v(${key})`);
    out.push(key);
  }
  return out;
}

describe("Redis scan repeats", () => {
  const pages = [["ns:a", "ns:b"], ["ns:c", "ns:a"], ["ns:b"], ["ns:d"]];
  const backend = new RedisBackend(fakeClient(pages) as never, {} as never);

  it("skips a key SCAN returns twice by default", async () => {
    expect(await collect(backend)).toEqual(["ns:a", "ns:b", "ns:c", "ns:d"]);
    expect(await collect(backend, false)).toEqual(["ns:a", "ns:b", "ns:c", "ns:d"]);
  });

  it("yields it again when the caller takes repeats", async () => {
    expect(await collect(backend, true)).toEqual(["ns:a", "ns:b", "ns:c", "ns:a", "ns:b", "ns:d"]);
  });
});
