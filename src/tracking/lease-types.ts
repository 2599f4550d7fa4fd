/**
 * The lease contract (see lease.ts for the factory and the semantics), in its own module so that
 * the backends (lease-redis, lease-postgres, lease-memory) need not import the factory that
 * imports them.
 */
import type { Logger } from "../logger.js";

export interface Lease {
  /** Tries to take the lease (true if this owner holds it afterwards; re-acquiring a held lease renews it). */
  acquire(): Promise<boolean>;
  /** Extends a held lease; false when it was lost (expired, taken, connection gone). Never throws. */
  renew(): Promise<boolean>;
  /** Gives the lease up (only if still ours). Never throws. */
  release(): Promise<void>;
  /** True while the lease is held and its local deadline has not passed. */
  isHeld(): boolean;
  /** Releases and closes the lease's own connection. Idempotent. */
  close(): Promise<void>;
  /** "redis" | "postgres" | "memory". */
  readonly kind: "redis" | "postgres" | "memory";
}

export interface LeaseOptions {
  /** Lease name: instances competing for the same work use the same name (include any namespace prefix). */
  name: string;
  /** Lease period: how long a lease outlives its holder's last renewal. */
  ttlMs: number;
  /** This instance's id (unique per process). */
  ownerId: string;
  /** Gets connection trouble (never secrets). */
  logger?: Pick<Logger, "warn">;
}
