/** The services the bot's handlers use, built once in main.ts (or by tests). */
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { PanelRegistry } from "../panel/registry.js";
import type { Storage } from "../storage/index.js";
import type { Catalogue } from "../catalogue/catalogue.js";

export interface Deps {
  config: Config;
  logger: Logger;
  storage: Storage;
  panels: PanelRegistry;
  /** Services lists per panel (cached, indexed). */
  catalogue: Catalogue;
  /** Clock, replaceable in tests. */
  now: () => number;
}
