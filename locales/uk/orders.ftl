# Команди замовлень: /status, /orders, /refill, /refills, /cancel і кнопки замовлень.

## Спільне
orders-invalid-ids = ⚠️ { $count ->
        [one] Пропущено { $count } значення, яке не є ID
        [few] Пропущено { $count } значення, які не є ID
        [many] Пропущено { $count } значень, які не є ID
       *[other] Пропущено { $count } значення, які не є ID
    } (ID складаються лише з цифр): { $tokens }
orders-invalid-more = і ще { $count }
orders-too-many = Це { $count } ID. За одну команду я приймаю не більше ніж { $max }: надішліть їх частинами.
orders-refreshed = Оновлено.

## Короткий результат для одного ID
orders-item-unknown-order = ❓ не знайдено в цьому акаунті
orders-item-unknown-refill = ❓ рефіл не знайдено в цьому акаунті
orders-item-unavailable = ⚠️ панель не відповіла, спробуйте пізніше
orders-item-rate-limited = ⏳ панель обмежує запити, спробуйте за хвилину
orders-item-unknown-outcome = ⚠️ панель не відповіла: дія могла виконатися, перевірте, перш ніж повторювати
orders-item-invalid-key = 🔑 панель відхилила API-ключ
orders-item-refill-disabled = ⛔ для цієї послуги рефіл вимкнено
orders-item-refill-not-eligible = ⛔ рефіл для цього замовлення (поки що) недоступний
orders-item-refill-unsupported = ⛔ ця панель не підтримує рефіл
orders-item-cancel-disabled = ⛔ для цієї послуги скасування вимкнено
orders-item-cancel-refused = ⛔ це замовлення вже не можна скасувати
orders-item-cancel-unsupported = ⛔ ця панель не підтримує скасування замовлень
orders-item-refused = ⛔ панель відмовила: { $detail }
orders-item-refused-plain = ⛔ панель відмовила
orders-item-error = ⚠️ щось пішло не так, спробуйте ще раз

## Кнопки картки замовлення
orders-button-refresh = 🔄 Оновити
orders-button-refill = 🔁 Рефіл
orders-button-cancel = ✖️ Скасувати замовлення
orders-button-cancel-confirm = Так, скасувати замовлення { $id }
orders-button-cancel-keep = Ні, залишити
orders-cancel-ask-one = Скасувати замовлення { $id }? Натисніть «Так», щоб підтвердити.

## /status
orders-status-usage =
    Надішліть після команди один або кілька ID замовлень, наприклад:
    <code>/status 23501</code>
    <code>/status 23501, 23502 23503</code>
    Розділяйте ID пробілами, комами або новими рядками (не більше ніж { $max }).
orders-status-unknown = ❓ Замовлення <code>{ $id }</code> не знайдено в цьому акаунті.
orders-status-header = 📋 Статус { $count } { $count ->
        [one] замовлення
        [few] замовлень
        [many] замовлень
       *[other] замовлення
    }:

## /orders
orders-list-empty =
    У цьому чаті поки немає відстежуваних замовлень.
    Оформіть замовлення через /order або відстежуйте замовлення, оформлені на сайті панелі, командою <code>/track ID</code>.
orders-list-title = 📋 <b>Замовлення</b> { $from }–{ $to } з { $total }
orders-list-not-checked = 🕓 ще не перевірено
orders-list-fresh = 🔄 Щойно звірено з панеллю.
orders-list-refresh-failed = Не вдалося звіритися з панеллю: { $reason }
orders-button-prev = ◀ Новіші
orders-button-next = Старіші ▶
orders-button-refresh-page = 🔄 Оновити
orders-button-details = 📦 { $id }

## /refill і /refills
orders-refill-usage =
    Надішліть ID замовлень для рефілу, наприклад:
    <code>/refill 23501</code> або <code>/refill 23501 23502</code>
    Статус рефілу можна перевірити пізніше: <code>/refills ID_РЕФІЛУ</code>.
orders-refill-created = 🔁 рефіл <code>{ $refill }</code> запрошено
orders-refill-done-one = 🔁 Рефіл { $refill } запрошено для замовлення { $id }. Перевірити його: /refills { $refill }.
orders-refill-failed-one = Замовлення { $id }: { $reason }
orders-refill-header = 🔁 Запити рефілу для { $count } { $count ->
        [one] замовлення
        [few] замовлень
        [many] замовлень
       *[other] замовлення
    }:
orders-refill-summary = Запрошено рефілів: { $created } з { $count }. Перевірити їх можна через /refills.
orders-refills-usage =
    Надішліть після команди ID рефілів, наприклад:
    <code>/refills 7</code> або <code>/refills 7 8 9</code>
orders-refills-one = 🔁 <b>Рефіл { $id }</b>
    { $status }
orders-refills-unknown = ❓ Рефіл <code>{ $id }</code> не знайдено в цьому акаунті.
orders-refills-header = 🔁 Статус { $count } { $count ->
        [one] рефілу
        [few] рефілів
        [many] рефілів
       *[other] рефілу
    }:

## /cancel
orders-cancel-usage =
    Надішліть ID замовлень, які потрібно скасувати, наприклад:
    <code>/cancel 23501</code> або <code>/cancel 23501 23502</code>
    Перед скасуванням я попрошу підтвердження. (Якщо відкрито покроковий діалог, /cancel закриває його.)
orders-cancel-confirm =
    Скасувати { $count ->
        [1] це замовлення
        [one] ці { $count } замовлення
        [few] ці { $count } замовлення
        [many] ці { $count } замовлень
       *[other] ці { $count } замовлення
    }? { $ids }
    Скасувати можна не кожну послугу: панель вирішує щодо кожного замовлення окремо.
orders-cancel-yes = { $count ->
        [one] Так, скасувати { $count } замовлення
        [few] Так, скасувати { $count } замовлення
        [many] Так, скасувати { $count } замовлень
       *[other] Так, скасувати { $count } замовлення
    }
orders-cancel-no = Ні
orders-cancel-kept = Нічого не скасовано.
orders-cancel-ok = ✅ скасування запрошено
orders-cancel-done-one = ✅ Запрошено скасування замовлення { $id }.
orders-cancel-failed-one = Замовлення { $id }: { $reason }
orders-cancel-header = ✖️ Запити скасування для { $count } { $count ->
        [one] замовлення
        [few] замовлень
        [many] замовлень
       *[other] замовлення
    }:
orders-list-account-gone = (його акаунт більше не підключено)
