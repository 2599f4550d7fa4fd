/**
 * A bench's helper process: the bench file forked again with an env switch, answering messages
 * `{ …, id }` with `{ id, result }` over IPC (mock panels and poller instances run apart from the
 * process being measured).
 */
import { fork, type ChildProcess } from "node:child_process";
import { NODE_FLAGS } from "../src/lib/heap.js";

/** Forks `file` with `env` added, and waits for its first message (what it reports when ready). */
export function forkHelper<First>(file: string, env: Record<string, string>, what: string): Promise<{ child: ChildProcess; first: First }> {
  // With the bot's own node flags (src/lib/heap.ts), after this process's (a loader, when run by tsx).
  const execArgv = [...process.execArgv, ...NODE_FLAGS.filter((f) => !process.execArgv.includes(f))];
  const child = fork(file, [], { env: { ...process.env, ...env }, execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`${what} process exited (${code})`)));
    child.once("message", (first: First) => resolve({ child, first }));
  });
}

/** Calls into a helper process: each message gets an id, its answer resolves that call. */
export class ChildRpc<Msg extends object> {
  #next = 1;
  readonly #waiting = new Map<number, (v: unknown) => void>();

  constructor(protected readonly child: ChildProcess) {
    child.on("message", (m: { id?: number; result?: unknown }) => {
      if (m.id !== undefined) this.#waiting.get(m.id)?.(m.result);
    });
  }

  call<T>(msg: Msg): Promise<T> {
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#waiting.set(id, (v) => {
        this.#waiting.delete(id);
        resolve(v as T);
      });
      this.child.send({ ...msg, id });
    });
  }

  /** Disconnects; resolves when the helper has exited. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      this.child.removeAllListeners("exit");
      this.child.once("exit", () => resolve());
      this.child.disconnect();
    });
  }
}
