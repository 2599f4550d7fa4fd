/**
 * Entry point: `npm start`. Reads the config, opens storage, builds the bot and runs it until
 * SIGINT/SIGTERM.
 */
import { run } from "@grammyjs/runner";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { createLogger, type Logger } from "./logger.js";
import { createStorage } from "./storage/index.js";
import { PanelRegistry } from "./panel/registry.js";
import { createBot } from "./bot/bot.js";
import { createI18n } from "./bot/i18n.js";
import { registerCommands } from "./bot/commands.js";
import type { Deps } from "./bot/deps.js";

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const logger: Logger = createLogger(config.logLevel);
  const storage = await createStorage({
    url: config.storageUrl,
    dataDir: config.dataDir,
    ...(config.encryptionKey ? { encryptionKey: config.encryptionKey } : {}),
    logger: { warn: (msg: string) => logger.warn(msg) },
  });
  const panels = new PanelRegistry(config.panels, { timeoutMs: config.panelTimeoutMs });
  const deps: Deps = { config, logger, storage, panels, now: () => Date.now() };

  const bot = createBot(deps);
  await bot.init();
  logger.info({ bot: bot.botInfo.username, storage: storage.kind, panels: config.panels.map((p) => p.name) }, "Bot starting");
  await registerCommands(bot.api, createI18n(config.defaultLocale), config.defaultLocale).catch((err) =>
    logger.warn({ err: String(err) }, "setMyCommands failed"),
  );
  await bot.api.deleteWebhook();

  const runner = run(bot, {
    runner: { fetch: { allowed_updates: ["message", "edited_message", "callback_query", "inline_query", "chosen_inline_result", "my_chat_member", "chat_member"] } },
  });
  logger.info("Bot is running (long polling)");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "Stopping");
    try {
      if (runner.isRunning()) await runner.stop();
    } finally {
      await panels.closeAll().catch(() => undefined);
      await storage.close().catch(() => undefined);
      logger.info("Stopped");
      process.exit(0);
    }
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((err) => {
  console.error("Fatal:", err instanceof Error ? err.message : err);
  process.exit(1);
});
