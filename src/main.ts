/**
 * Entry point: `npm start`. Reads the config, starts the app (src/app.ts: storage, bot in long
 * polling or webhook mode, the tracking poller under a lease) and stops it gracefully on
 * SIGINT/SIGTERM (exit code 0). A second signal exits at once (code 1). Settings: src/config.ts.
 */
import { ConfigError } from "./config.js";
import { createLogger } from "./logger.js";
import { tuneHeap } from "./lib/heap.js";
import { appOptionsFromEnv, startApp, type App, type AppOptions } from "./app.js";

async function main(): Promise<void> {
  let options: AppOptions;
  try {
    options = appOptionsFromEnv(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  tuneHeap(options.config.heapGrowingPercent);
  const logger = createLogger(options.config.logLevel);
  // Signals are handled from the start: one during startup stops the app as soon as it runs.
  let stopping = false;
  // eslint-disable-next-line prefer-const -- assigned after the signal handlers that read it are installed
  let started: Promise<App> | undefined;
  const stop = (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, "Second signal: exiting now");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "Signal received: shutting down");
    (started ?? Promise.reject(new Error("not started")))
      .then((app) => app.stop())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ err: err instanceof Error ? err.message : String(err) }, "Shutdown failed");
          process.exit(1);
        },
      );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  started = startApp({ ...options, logger });
  await started;
}

main().catch((err) => {
  console.error("Fatal:", err instanceof Error ? err.message : err);
  process.exit(1);
});
