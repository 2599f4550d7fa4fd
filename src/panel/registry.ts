/**
 * The configured panels and one `PanelClient` per panel (created on first use, shared by every
 * account on that panel).
 */
import { PanelClient, type PanelClientOptions } from "./client.js";

/** A configured panel. */
export interface PanelInfo {
  /** Stable id used in storage and callback data. */
  id: string;
  /** Human name shown to users. */
  name: string;
  /** API URL. */
  url: string;
}

/** A panel with its client. */
export interface RegisteredPanel extends PanelInfo {
  client: PanelClient;
}

/** Client options shared by every panel (the URL comes from each panel). */
export type SharedClientOptions = Omit<PanelClientOptions, "url">;

export class PanelRegistry {
  private readonly panels: readonly PanelInfo[];
  private readonly clients = new Map<string, PanelClient>();

  /** Throws if the list is empty or an id is used twice. */
  constructor(
    panels: readonly PanelInfo[],
    private readonly options: SharedClientOptions = {},
  ) {
    if (panels.length === 0) throw new Error("PanelRegistry: no panel configured");
    const ids = new Set<string>();
    for (const p of panels) {
      if (ids.has(p.id)) throw new Error(`PanelRegistry: panel id "${p.id}" is used twice`);
      ids.add(p.id);
    }
    this.panels = panels.map((p) => ({ id: p.id, name: p.name, url: p.url }));
  }

  /** The client of a panel. Throws for an unknown id (use `find` to test). */
  get(id: string): PanelClient {
    const found = this.find(id);
    if (!found) throw new Error(`PanelRegistry: unknown panel "${id}"`);
    return found.client;
  }

  /** The panel with its client, or undefined for an unknown id (e.g. a panel removed from config). */
  find(id: string): RegisteredPanel | undefined {
    const info = this.panels.find((p) => p.id === id);
    return info ? { ...info, client: this.clientFor(info) } : undefined;
  }

  /** True if the id is configured. */
  has(id: string): boolean {
    return this.panels.some((p) => p.id === id);
  }

  /** The configured panels, in configuration order. */
  list(): PanelInfo[] {
    return this.panels.map((p) => ({ ...p }));
  }

  /** The first configured panel, with its client. */
  default(): RegisteredPanel {
    const first = this.panels[0] as PanelInfo;
    return { ...first, client: this.clientFor(first) };
  }

  /**
   * False once the panel has answered that it has no `cancel` action (learned by its client): the
   * bot hides cancel buttons for it. True for an unknown id or a panel not asked yet.
   */
  supportsCancel(id: string): boolean {
    return this.clients.get(id)?.supportsCancel ?? true;
  }

  /** Like {@link supportsCancel}, for `refill`. */
  supportsRefill(id: string): boolean {
    return this.clients.get(id)?.supportsRefill ?? true;
  }

  /** Closes every client created so far. */
  async closeAll(): Promise<void> {
    const clients = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(clients.map((c) => c.close()));
  }

  private clientFor(info: PanelInfo): PanelClient {
    let client = this.clients.get(info.id);
    if (!client) {
      client = new PanelClient({ ...this.options, url: info.url });
      this.clients.set(info.id, client);
    }
    return client;
  }
}
