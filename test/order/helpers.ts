/** Drives the ordering wizard through bot.handleUpdate (see test/helpers/harness.ts). */
import type { User } from "grammy/types";
import { expect } from "vitest";
import { Harness, type ApiCall } from "../helpers/harness.js";

/** A step: type this text, or press the (last shown) button whose data or text matches. */
export type Step = string | { press: RegExp | string };

export const texts = (calls: ApiCall[]): string => Harness.texts(calls).join("\n---\n");

/** Every button of every keyboard sent or edited in these calls (latest last). */
export function allButtons(calls: ApiCall[]): Array<{ text: string; data?: string }> {
  const out: Array<{ text: string; data?: string }> = [];
  for (const c of calls) {
    const rows: any[][] | undefined = c.payload.reply_markup?.inline_keyboard;
    if (rows) for (const b of rows.flat()) out.push({ text: b.text, data: b.callback_data });
  }
  return out;
}

/** The data of the last button (in these calls) whose data or text matches. */
export function buttonData(calls: ApiCall[], match: RegExp | string): string {
  const found = allButtons(calls)
    .reverse()
    .find((b) => (typeof match === "string" ? b.data === match || b.text === match : match.test(b.data ?? "") || match.test(b.text)));
  expect(found, `a button matching ${String(match)} in:\n${JSON.stringify(allButtons(calls))}`).toBeDefined();
  return found!.data!;
}

export function answers(calls: ApiCall[]): string[] {
  return calls.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.payload.text ?? ""));
}

export class WizardDriver {
  /** Calls made since the wizard started (for finding buttons). */
  history: ApiCall[] = [];
  last: ApiCall[] = [];

  constructor(
    readonly h: Harness,
    readonly user: User,
  ) {}

  async start(command = "/order"): Promise<ApiCall[]> {
    this.history = [];
    return this.record(await this.h.text(this.user, command));
  }

  async step(step: Step): Promise<ApiCall[]> {
    if (typeof step === "string") return this.record(await this.h.text(this.user, step));
    const data = buttonData(this.history, step.press);
    return this.record(await this.h.press(this.user, data));
  }

  async run(steps: Step[]): Promise<ApiCall[]> {
    for (const s of steps) await this.step(s);
    return this.last;
  }

  /** The data of the Confirm button of the last summary. */
  confirmData(): string {
    return buttonData(this.history, /^ow:ok:/);
  }

  private record(calls: ApiCall[]): ApiCall[] {
    this.history.push(...calls);
    this.last = calls;
    return calls;
  }
}

export function addRequests(h: Harness): Array<Record<string, string>> {
  return h
    .panel!.requests.filter((r) => r.action === "add")
    .map((r) => {
      const { key: _key, action: _action, ...rest } = r.params;
      return rest;
    });
}
