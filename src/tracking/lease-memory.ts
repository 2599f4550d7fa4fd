/**
 * In-process lease, used with SQLite storage. SQLite storage is single-process by design: one bot
 * process owns the database file, so there is no other process to arbitrate with. This lease only
 * arbitrates between instances inside one process (tests, in-process app instances sharing a
 * file); it keeps the same semantics as the others (NX acquire, ttl expiry, owner-checked renew
 * and release). Running two processes on one SQLite file is not supported (each would lead).
 */
import type { Lease, LeaseOptions } from "./lease-types.js";

const leases = new Map<string, { owner: string; expiresAt: number }>();

export function createMemoryLease(scope: string, opts: LeaseOptions): Lease {
  const key = `${scope}|${opts.name}`;
  let held = false;
  let deadline = 0;
  const lose = (): false => {
    held = false;
    deadline = 0;
    return false;
  };
  const take = (): boolean => {
    const now = Date.now();
    const cur = leases.get(key);
    if (cur && cur.owner !== opts.ownerId && cur.expiresAt > now) return lose();
    leases.set(key, { owner: opts.ownerId, expiresAt: now + opts.ttlMs });
    held = true;
    deadline = now + opts.ttlMs;
    return true;
  };
  let closed = false;
  return {
    kind: "memory",
    async acquire() {
      return closed ? false : take();
    },
    async renew() {
      const cur = leases.get(key);
      if (!held || closed || !cur || cur.owner !== opts.ownerId || cur.expiresAt <= Date.now()) return lose();
      return take();
    },
    async release() {
      const cur = leases.get(key);
      if (cur?.owner === opts.ownerId) leases.delete(key);
      lose();
    },
    isHeld() {
      return held && Date.now() < deadline;
    },
    async close() {
      await this.release();
      closed = true;
    },
  };
}
