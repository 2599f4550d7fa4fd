# Отслеживание заказов: /track, /untrack, /settings и уведомления о смене статуса.

## Уведомления (HTML)
tracking-notify-title = 🔔 <b>Изменения в заказах: { $count }</b>
tracking-notify-progress = 📈 Прогресс выполнения
tracking-notify-part = сообщение { $part } из { $parts }
tracking-notify-open-orders = Откройте /orders, чтобы посмотреть все заказы и управлять ими.
tracking-refill-card = ♻️ <b>Рефилл { $id }</b> · заказ { $order }
tracking-button-refresh = 🔄 { $id }
tracking-button-refill = 🔁 Рефилл { $id }
tracking-button-cancel = ✖️ Отменить { $id }
tracking-button-refill-refresh = 🔄 Рефилл { $id }
tracking-reconnect-rejected = ⚠️ Панель { $panel } больше не принимает подключённый API-ключ (его изменили или отозвали, либо аккаунт заблокирован), поэтому я приостановил отслеживание заказов, которые проверяю с ним. Подключите действующий ключ командой /connect, и отслеживание продолжится.
tracking-reconnect-undecryptable = ⚠️ Я больше не могу прочитать API-ключ, сохранённый для панели { $panel } (ключ шифрования бота был изменён), поэтому я приостановил отслеживание заказов, которые проверяю с ним. Подключите ключ заново командой /connect, и отслеживание продолжится.

## /track и /untrack
tracking-track-usage =
    Отправьте ID заказов, оформленных на сайте панели, и я сообщу, когда изменится их статус:
    <code>/track 23501</code>
    <code>/track 23501, 23502 23503</code>
    Не больше { $max } ID за раз. Остановить отслеживание — /untrack ID.
tracking-untrack-usage =
    Отправьте ID заказов, которые больше не нужно отслеживать, например:
    <code>/untrack 23501 23502</code>
tracking-too-many = Это { $count } ID. За одну команду я принимаю не больше { $max }: отправьте их частями.
tracking-not-ids = ⚠️ Это не ID заказов (ID состоят только из цифр): { $tokens }
tracking-track-title = <b>Отслеживание</b>
tracking-untrack-title = <b>Отмена отслеживания</b>
tracking-item-tracked = ✅ <code>{ $id }</code> — { $status }: сообщу, когда статус изменится.
tracking-item-tracked-final = ☑️ <code>{ $id }</code> — { $status }: заказ уже завершён, добавлен в /orders, но не отслеживается.
tracking-item-already = ℹ️ <code>{ $id }</code> уже отслеживается в этом чате.
tracking-item-unknown = ❓ <code>{ $id }</code> — не найден в этом аккаунте, не отслеживается.
tracking-item-unavailable = ⚠️ <code>{ $id }</code> — панель не ответила, не отслеживается. Попробуйте позже.
tracking-item-error = ⚠️ <code>{ $id }</code> — не удалось проверить ({ $reason }), не отслеживается.
tracking-item-untracked = ✅ <code>{ $id }</code> — больше не отслеживается.
tracking-item-not-tracked = ℹ️ <code>{ $id }</code> — в этом чате не отслеживался.

## /settings
tracking-settings-title =
    ⚙️ <b>Настройки</b>
    Уведомления сообщают, когда у отслеживаемого заказа меняется статус. Уведомления о прогрессе сообщают ещё и об изменении стартового количества или остатка.
tracking-settings-notifications-on = 🔔 Уведомления: вкл.
tracking-settings-notifications-off = 🔕 Уведомления: выкл.
tracking-settings-progress-on = 📈 Уведомления о прогрессе: вкл.
tracking-settings-progress-off = 📉 Уведомления о прогрессе: выкл.
tracking-settings-saved = Сохранено.
tracking-settings-private-only = В группах администраторы используют /notifications on или /notifications off. Ваши личные настройки (/settings) — в нашем личном чате.
