# Відстеження замовлень: /track, /untrack, /settings і сповіщення про зміну статусу.

## Сповіщення (HTML)
tracking-notify-title = 🔔 <b>Зміни в замовленнях: { $count }</b>
tracking-notify-progress = 📈 Прогрес виконання
tracking-notify-part = повідомлення { $part } з { $parts }
tracking-notify-open-orders = Відкрийте /orders, щоб переглянути всі замовлення й керувати ними.
tracking-refill-card = ♻️ <b>Рефіл { $id }</b> · замовлення { $order }
tracking-button-refresh = 🔄 { $id }
tracking-button-refill = 🔁 Рефіл { $id }
tracking-button-cancel = ✖️ Скасувати { $id }
tracking-button-refill-refresh = 🔄 Рефіл { $id }
tracking-reconnect-rejected = ⚠️ Панель { $panel } більше не приймає підключений API-ключ (його змінили чи відкликали, або акаунт заблоковано), тому я призупинив відстеження замовлень, які перевіряю з ним. Підключіть дійсний ключ командою /connect, і відстеження продовжиться.
tracking-reconnect-undecryptable = ⚠️ Я більше не можу прочитати API-ключ, збережений для панелі { $panel } (ключ шифрування бота було змінено), тому я призупинив відстеження замовлень, які перевіряю з ним. Підключіть ключ знову командою /connect, і відстеження продовжиться.

## /track і /untrack
tracking-track-usage =
    Надішліть ID замовлень, оформлених на сайті панелі, і я повідомлю, коли зміниться їхній статус:
    <code>/track 23501</code>
    <code>/track 23501, 23502 23503</code>
    Не більше ніж { $max } ID за раз. Припинити відстеження — /untrack ID.
tracking-untrack-usage =
    Надішліть ID замовлень, які більше не потрібно відстежувати, наприклад:
    <code>/untrack 23501 23502</code>
tracking-too-many = Це { $count } ID. За одну команду я приймаю не більше ніж { $max }: надішліть їх частинами.
tracking-not-ids = ⚠️ Це не ID замовлень (ID складаються лише з цифр): { $tokens }
tracking-track-title = <b>Відстеження</b>
tracking-untrack-title = <b>Припинення відстеження</b>
tracking-item-tracked = ✅ <code>{ $id }</code> — { $status }: повідомлю, коли статус зміниться.
tracking-item-tracked-final = ☑️ <code>{ $id }</code> — { $status }: замовлення вже завершено, додано до /orders, але не відстежується.
tracking-item-already = ℹ️ <code>{ $id }</code> уже відстежується в цьому чаті.
tracking-item-unknown = ❓ <code>{ $id }</code> — не знайдено в цьому акаунті, не відстежується.
tracking-item-unavailable = ⚠️ <code>{ $id }</code> — панель не відповіла, не відстежується. Спробуйте пізніше.
tracking-item-error = ⚠️ <code>{ $id }</code> — не вдалося перевірити ({ $reason }), не відстежується.
tracking-item-untracked = ✅ <code>{ $id }</code> — більше не відстежується.
tracking-item-not-tracked = ℹ️ <code>{ $id }</code> — у цьому чаті не відстежувалося.

## /settings
tracking-settings-title =
    ⚙️ <b>Налаштування</b>
    Сповіщення повідомляють, коли у відстежуваного замовлення змінюється статус. Сповіщення про прогрес також повідомляють про зміну стартової кількості чи залишку.
tracking-settings-notifications-on = 🔔 Сповіщення: увімк.
tracking-settings-notifications-off = 🔕 Сповіщення: вимк.
tracking-settings-progress-on = 📈 Сповіщення про прогрес: увімк.
tracking-settings-progress-off = 📉 Сповіщення про прогрес: вимк.
tracking-settings-saved = Збережено.
tracking-settings-private-only = У групах адміністратори використовують /notifications on або /notifications off. Ваші особисті налаштування (/settings) — у нашому особистому чаті.
