/** Shared set-up for the panel tests: a mock panel and clients that count their calls. */
import { PanelClient, type PanelClientOptions } from "../../src/panel/client.js";
import { PanelError } from "../../src/panel/errors.js";
import { startMockPanel, type MockPanel, type MockPanelOptions } from "../../src/dev/mock-panel.js";

export const KEY = "k3y-0123456789abcdef-SECRET";

export interface Fixture {
  mock: MockPanel;
  client: PanelClient;
  calls: Array<{ action: string; ids: number }>;
  makeClient(options?: Partial<PanelClientOptions>): PanelClient;
  close(): Promise<void>;
}

export async function fixture(options: MockPanelOptions = {}, clientOptions: Partial<PanelClientOptions> = {}): Promise<Fixture> {
  const mock = await startMockPanel(options);
  mock.addAccount(KEY, "100.00", "USD");
  const calls: Array<{ action: string; ids: number }> = [];
  const clients: PanelClient[] = [];
  const makeClient = (extra: Partial<PanelClientOptions> = {}): PanelClient => {
    const c = new PanelClient({
      url: mock.url,
      timeoutMs: 2000,
      backoffMs: 5,
      onRequest: (action, ids) => calls.push({ action, ids }),
      ...clientOptions,
      ...extra,
    });
    clients.push(c);
    return c;
  };
  const client = makeClient();
  return {
    mock,
    client,
    calls,
    makeClient,
    async close() {
      await mock.close();
      await Promise.all(clients.map((c) => c.close()));
    },
  };
}

/** Awaits a promise that must reject with a PanelError and returns it. */
export async function panelError(promise: Promise<unknown>): Promise<PanelError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof PanelError) return e;
    throw e;
  }
  throw new Error("expected a PanelError, but the call succeeded");
}
