# Инлайн-режим: @bot 23501 в любом чате.
inline-connect-button = 🔑 Сначала подключите аккаунт панели
inline-error-title = ⚠️ Не удалось проверить заказы
inline-no-orders-title = Недавних заказов пока нет
inline-no-orders-description = Введите ID заказа после моего имени, например 23501
inline-no-orders-text = Введите ID заказов после моего имени, чтобы поделиться их статусом, например @{ $bot } 23501 23502
inline-format-title = ℹ️ ID заказа — это число
inline-format-description = Введите один или несколько ID заказов, например 23501 23502
inline-format-text = ℹ️ ID заказа — это число, например @{ $bot } 23501 23502. Это не ID заказа: { $tokens }
inline-unknown-title = ❔ Заказ { $id } не найден
inline-unknown-description = В вашем аккаунте на панели нет заказа с таким ID.
inline-unknown-text = ❔ На панели нет заказа { $id }. Проверьте номер и попробуйте ещё раз.
