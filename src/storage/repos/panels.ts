/**
 * Panels users added (/connect → Other panel), shared by every instance: key = the panel id
 * (derived from its endpoint URL), value = its endpoint, name and when it was added. No secret
 * is stored here (keys stay with the accounts, encrypted).
 */
import type { Keyv } from "keyv";
import type { CustomPanelRecord, CustomPanelStore } from "../../panel/registry.js";

/** {@link CustomPanelStore} over the "panels" namespace. */
export class KeyvPanelRepo implements CustomPanelStore {
  constructor(private readonly keyv: Keyv<CustomPanelRecord>) {}

  async get(id: string): Promise<CustomPanelRecord | undefined> {
    return (await this.keyv.get(id)) ?? undefined;
  }

  async set(id: string, record: CustomPanelRecord): Promise<void> {
    await this.keyv.set(id, { url: record.url, name: record.name, addedAt: record.addedAt });
  }

  /** Every stored panel. */
  async list(): Promise<Array<[string, CustomPanelRecord]>> {
    const iterator = this.keyv.iterator;
    if (!iterator) throw new Error("This storage backend cannot iterate");
    const out: Array<[string, CustomPanelRecord]> = [];
    for await (const [id, record] of iterator(undefined) as AsyncGenerator<[string, CustomPanelRecord]>) {
      if (record && typeof record.url === "string") out.push([id, record]);
    }
    return out;
  }
}
