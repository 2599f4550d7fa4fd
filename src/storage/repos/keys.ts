/** Storage key encoding shared by the repositories. */

/** Throws unless `chatId` is a safe integer (Telegram chat ids are). */
export function assertChatId(chatId: number): void {
  if (!Number.isSafeInteger(chatId)) throw new TypeError(`Invalid chat id: ${String(chatId)}`);
}

/** Encodes one key part so that ":" inside it cannot be confused with the separator. */
const part = (s: string): string => encodeURIComponent(s);

/** Key of a chat-scoped item: `chatId:panelId:itemId` (parts URI-encoded; plain ids are unchanged). */
export function itemKey(chatId: number, panelId: string, itemId: string): string {
  assertChatId(chatId);
  if (!panelId || !itemId) throw new TypeError("panelId and the item id must be non-empty");
  return `${chatId}:${part(panelId)}:${part(itemId)}`;
}

/** Key of a per-chat record: the chat id. */
export function chatKey(chatId: number): string {
  assertChatId(chatId);
  return String(chatId);
}
