/**
 * FlatComposer (src/bot/composer.ts) runs middleware like grammY's Composer: same order, same
 * `next` contract, same errors, filters (sync and async predicates, type-guard queries) and
 * composers returned by `use`/`filter`/`on` that get handlers later.
 */
import { describe, expect, it } from "vitest";
import { Composer, Context, type Api, type MiddlewareFn } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { FlatComposer } from "../../src/bot/composer.js";

const me = { id: 1, is_bot: true, first_name: "B", username: "b_bot" } as UserFromGetMe;
function ctxOf(text: string): Context {
  const update: Update = {
    update_id: 1,
    message: {
      message_id: 1,
      date: 0,
      chat: { id: 5, type: "private", first_name: "U" },
      from: { id: 5, is_bot: false, first_name: "U" },
      text,
      ...(text.startsWith("/") ? { entities: [{ type: "bot_command" as const, offset: 0, length: text.split(" ")[0]!.length }] } : {}),
    },
  };
  return new Context(update, {} as Api, me);
}

/** Builds the same tree on a composer and returns what ran, in order, for each text. */
function scenario(make: () => Composer<Context>): (text: string) => Promise<string[]> {
  return async (text) => {
    const log: string[] = [];
    const root = make();
    root.use(async (_ctx, next) => {
      log.push("a>");
      await next();
      log.push("<a");
    });
    const sub = root.use((_ctx, next) => {
      log.push("b");
      return next();
    });
    sub.use((_ctx, next) => {
      log.push("b2"); // added to the returned composer: runs right after b
      return next();
    });
    root.command("help", (_ctx) => {
      log.push("help");
    });
    root.filter(
      async (ctx) => Promise.resolve(ctx.message?.text === "async"),
      (_ctx, next) => {
        log.push("async");
        return next();
      },
    );
    root.drop(
      (ctx) => ctx.message?.text === "dropped",
      (_ctx, next) => {
        log.push("not-dropped");
        return next();
      },
    );
    const texts = root.on("message:text");
    root.use((_ctx, next) => {
      log.push("tail");
      return next();
    });
    texts.use((_ctx, next) => {
      log.push("text"); // registered after "tail", but on the composer that `on` returned
      return next();
    });
    await root.middleware()(ctxOf(text), () => {
      log.push("leaf");
      return Promise.resolve();
    });
    return log;
  };
}

describe("FlatComposer", () => {
  it("runs the same middleware in the same order as grammY's Composer", async () => {
    const grammy = scenario(() => new Composer<Context>());
    const flat = scenario(() => new FlatComposer<Context>());
    for (const text of ["/help", "/help@b_bot", "hello", "async", "dropped", "/start"]) {
      expect(await flat(text)).toEqual(await grammy(text));
    }
    expect(await flat("/help")).toEqual(["a>", "b", "b2", "help", "<a"]);
    expect(await flat("hello")).toEqual(["a>", "b", "b2", "not-dropped", "text", "tail", "leaf", "<a"]);
  });

  it("rejects a second call of next between its middleware, and passes the caller's next to the last one, as grammY does", async () => {
    for (const c of [new Composer<Context>(), new FlatComposer<Context>()]) {
      c.use(async (_ctx, next) => {
        await next();
        await next();
      });
      let leaf = 0;
      await c.middleware()(ctxOf("x"), () => Promise.resolve(void leaf++));
      expect(leaf).toBe(2);
      c.use((_ctx, next) => next());
      await expect(c.middleware()(ctxOf("x"), () => Promise.resolve())).rejects.toThrow("`next` already called before!");
    }
  });

  it("passes errors on, thrown or rejected, from middleware and predicates", async () => {
    const boom: MiddlewareFn<Context> = () => {
      throw new Error("sync boom");
    };
    const flat = new FlatComposer<Context>(boom);
    await expect(flat.middleware()(ctxOf("x"), () => Promise.resolve())).rejects.toThrow("sync boom");
    const later = new FlatComposer<Context>();
    later.use((_ctx, next) => next());
    later.use(() => Promise.reject(new Error("async boom")));
    await expect(later.middleware()(ctxOf("x"), () => Promise.resolve())).rejects.toThrow("async boom");
    const pred = new FlatComposer<Context>();
    pred.filter(() => {
      throw new Error("predicate boom");
    });
    await expect(pred.middleware()(ctxOf("x"), () => Promise.resolve())).rejects.toThrow("predicate boom");
  });

  it("asks a nested middleware object for its middleware on every update", async () => {
    let calls = 0;
    const obj = {
      middleware: (): MiddlewareFn<Context> => {
        calls++;
        return (_ctx, next) => next();
      },
    };
    const flat = new FlatComposer<Context>();
    flat.use(obj);
    await flat.middleware()(ctxOf("x"), () => Promise.resolve());
    await flat.middleware()(ctxOf("x"), () => Promise.resolve());
    expect(calls).toBe(2);
  });

  it("works under a grammY composer (the bot)", async () => {
    const log: string[] = [];
    const bot = new Composer<Context>();
    const flat = new FlatComposer<Context>();
    flat.command("help", () => void log.push("help"));
    bot.use(flat);
    bot.use(() => void log.push("after"));
    await bot.middleware()(ctxOf("/help"), () => Promise.resolve());
    await bot.middleware()(ctxOf("hi"), () => Promise.resolve());
    expect(log).toEqual(["help", "after"]);
  });
});
