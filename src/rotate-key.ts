/**
 * `npm run rotate-key`: re-encrypts every stored secret (panel API keys, wizard states) with the
 * current ENCRYPTION_KEY, reading them with ENCRYPTION_KEY_PREVIOUS where needed. Idempotent: a
 * value already under the current key is left alone, so it is safe to re-run (and to run while the
 * bot runs: the bot re-encrypts lazily on read in the same way). Prints counts, never a secret.
 *
 * Exit codes: 0 done (also when some values decrypt with no configured key: they are counted and
 * left, their owners are asked to reconnect), 1 storage or key error, 2 bad configuration.
 */
import { ConfigError, loadConfig } from "./config.js";
import { createStorage } from "./storage/index.js";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  if (config.previousEncryptionKeys.length === 0) {
    console.log("ENCRYPTION_KEY_PREVIOUS is not set: only checking that every stored secret reads with ENCRYPTION_KEY.");
  }
  const storage = await createStorage({
    url: config.storageUrl,
    dataDir: config.dataDir,
    encryptionKey: config.encryptionKey,
    previousEncryptionKeys: config.previousEncryptionKeys,
    ...(config.storagePrefix ? { namespacePrefix: config.storagePrefix } : {}),
    logger: { warn: (msg: string) => console.warn(msg) },
  });
  try {
    const counts = await storage.rotate();
    let unreadable = 0;
    for (const [namespace, c] of Object.entries(counts)) {
      unreadable += c.unreadable;
      console.log(`${namespace}: ${c.checked} checked, ${c.reencrypted} re-encrypted, ${c.unreadable} unreadable`);
    }
    if (unreadable > 0) {
      console.warn(
        `${unreadable} value(s) decrypt with none of the configured keys: they are left as they are ` +
          "(accounts show as needing reconnecting, lost wizards are dropped when their chat next writes).",
      );
    } else {
      console.log("Done: every stored secret is encrypted with ENCRYPTION_KEY. ENCRYPTION_KEY_PREVIOUS can be removed.");
    }
  } finally {
    await storage.close();
  }
}

main().catch((err: unknown) => {
  console.error("rotate-key failed:", err instanceof Error ? err.message : String(err));
  process.exit(1);
});
