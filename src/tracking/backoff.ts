/**
 * Per-panel backoff across cycles: a panel that answered `unavailable` / `rate_limited` during a
 * cycle is skipped for the next 1, 2, 4 … cycles (capped); one good answer resets it. Other panels
 * are not slowed.
 */
export interface BackoffState {
  /** Cycles in a row that ended with the panel failing. */
  failures: number;
  /** Cycles still to skip. */
  skip: number;
}

export class PanelBackoff {
  readonly #state = new Map<string, BackoffState>();

  /** @param maxSkip longest pause, in cycles. */
  constructor(private readonly maxSkip: number) {}

  /** The panel's state now (for diagnostics and tests). */
  of(panelId: string): BackoffState {
    const b = this.#state.get(panelId);
    return b ? { ...b } : { failures: 0, skip: 0 };
  }

  /** At the first sight of a panel in a cycle: true when it is to be skipped (uses up one skipped cycle). */
  skipsCycle(panelId: string): boolean {
    const b = this.#state.get(panelId);
    if (!b || b.skip <= 0) return false;
    b.skip -= 1;
    return true;
  }

  /** The panel failed this cycle: the pause doubles. Returns the cycles it will now skip. */
  failed(panelId: string): number {
    const b = this.#state.get(panelId) ?? { failures: 0, skip: 0 };
    b.failures += 1;
    b.skip = Math.min(2 ** (b.failures - 1), this.maxSkip);
    this.#state.set(panelId, b);
    return b.skip;
  }

  /** The panel answered well this cycle. */
  succeeded(panelId: string): void {
    this.#state.delete(panelId);
  }
}
