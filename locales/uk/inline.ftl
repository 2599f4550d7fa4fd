# Інлайн-режим: @bot 23501 у будь-якому чаті.
inline-connect-button = 🔑 Спершу підключіть акаунт панелі
inline-error-title = ⚠️ Не вдалося перевірити замовлення
inline-no-orders-title = Нещодавніх замовлень поки немає
inline-no-orders-description = Введіть ID замовлення після мого імені, наприклад 23501
inline-no-orders-text = Введіть ID замовлень після мого імені, щоб поділитися їхнім статусом, наприклад @{ $bot } 23501 23502
inline-format-title = ℹ️ ID замовлення — це число
inline-format-description = Введіть один або кілька ID замовлень, наприклад 23501 23502
inline-format-text = ℹ️ ID замовлення — це число, наприклад @{ $bot } 23501 23502. Це не ID замовлення: { $tokens }
inline-unknown-title = ❔ Замовлення { $id } не знайдено
inline-unknown-description = У вашому акаунті на панелі немає замовлення з таким ID.
inline-unknown-text = ❔ На панелі немає замовлення { $id }. Перевірте номер і спробуйте ще раз.
