# Команды заказов: /status, /orders, /refill, /refills, /cancel и кнопки заказов.

## Общее
orders-invalid-ids = ⚠️ { $count ->
        [one] Пропущено { $count } значение, которое не является ID
        [few] Пропущено { $count } значения, которые не являются ID
        [many] Пропущено { $count } значений, которые не являются ID
       *[other] Пропущено { $count } значения, которые не являются ID
    } (ID состоят только из цифр): { $tokens }
orders-invalid-more = и ещё { $count }
orders-too-many = Это { $count } ID. За одну команду я принимаю не больше { $max }: отправьте их частями.
orders-refreshed = Обновлено.

## Краткий результат по одному ID
orders-item-unknown-order = ❓ не найден в этом аккаунте
orders-item-unknown-refill = ❓ рефилл не найден в этом аккаунте
orders-item-unavailable = ⚠️ панель не ответила, попробуйте позже
orders-item-rate-limited = ⏳ панель ограничивает запросы, попробуйте через минуту
orders-item-unknown-outcome = ⚠️ панель не ответила: действие могло выполниться, проверьте, прежде чем повторять
orders-item-invalid-key = 🔑 панель отклонила API-ключ
orders-item-refill-disabled = ⛔ для этой услуги рефилл отключён
orders-item-refill-not-eligible = ⛔ рефилл для этого заказа (пока) недоступен
orders-item-refill-unsupported = ⛔ эта панель не поддерживает рефилл
orders-item-cancel-disabled = ⛔ для этой услуги отмена отключена
orders-item-cancel-refused = ⛔ этот заказ уже нельзя отменить
orders-item-cancel-unsupported = ⛔ эта панель не поддерживает отмену заказов
orders-item-refused = ⛔ панель отказала: { $detail }
orders-item-refused-plain = ⛔ панель отказала
orders-item-error = ⚠️ что-то пошло не так, попробуйте ещё раз

## Кнопки карточки заказа
orders-button-refresh = 🔄 Обновить
orders-button-refill = 🔁 Рефилл
orders-button-cancel = ✖️ Отменить заказ
orders-button-cancel-confirm = Да, отменить заказ { $id }
orders-button-cancel-keep = Нет, оставить
orders-cancel-ask-one = Отменить заказ { $id }? Нажмите «Да», чтобы подтвердить.

## /status
orders-status-usage =
    Отправьте после команды один или несколько ID заказов, например:
    <code>/status 23501</code>
    <code>/status 23501, 23502 23503</code>
    Разделяйте ID пробелами, запятыми или переносами строк (не больше { $max }).
orders-status-unknown = ❓ Заказ <code>{ $id }</code> не найден в этом аккаунте.
orders-status-header = 📋 Статус { $count } { $count ->
        [one] заказа
        [few] заказов
        [many] заказов
       *[other] заказа
    }:

## /orders
orders-list-empty =
    В этом чате пока нет отслеживаемых заказов.
    Оформите заказ через /order или отслеживайте заказы, оформленные на сайте панели, командой <code>/track ID</code>.
orders-list-title = 📋 <b>Заказы</b> { $from }–{ $to } из { $total }
orders-list-not-checked = 🕓 ещё не проверен
orders-list-fresh = 🔄 Только что сверено с панелью.
orders-list-refresh-failed = Не удалось свериться с панелью: { $reason }
orders-button-prev = ◀ Новые
orders-button-next = Старые ▶
orders-button-refresh-page = 🔄 Обновить
orders-button-details = 📦 { $id }

## /refill и /refills
orders-refill-usage =
    Отправьте ID заказов для рефилла, например:
    <code>/refill 23501</code> или <code>/refill 23501 23502</code>
    Статус рефилла можно проверить позже: <code>/refills ID_РЕФИЛЛА</code>.
orders-refill-created = 🔁 рефилл <code>{ $refill }</code> запрошен
orders-refill-done-one = 🔁 Рефилл { $refill } запрошен для заказа { $id }. Проверить его: /refills { $refill }.
orders-refill-failed-one = Заказ { $id }: { $reason }
orders-refill-header = 🔁 Запросы рефилла для { $count } { $count ->
        [one] заказа
        [few] заказов
        [many] заказов
       *[other] заказа
    }:
orders-refill-summary = Запрошено рефиллов: { $created } из { $count }. Проверить их можно через /refills.
orders-refills-usage =
    Отправьте после команды ID рефиллов, например:
    <code>/refills 7</code> или <code>/refills 7 8 9</code>
orders-refills-one = 🔁 <b>Рефилл { $id }</b>
    { $status }
orders-refills-unknown = ❓ Рефилл <code>{ $id }</code> не найден в этом аккаунте.
orders-refills-header = 🔁 Статус { $count } { $count ->
        [one] рефилла
        [few] рефиллов
        [many] рефиллов
       *[other] рефилла
    }:

## /cancel
orders-cancel-usage =
    Отправьте ID заказов, которые нужно отменить, например:
    <code>/cancel 23501</code> или <code>/cancel 23501 23502</code>
    Перед отменой я попрошу подтверждение. (Если открыт пошаговый диалог, /cancel закрывает его.)
orders-cancel-confirm =
    Отменить { $count ->
        [1] этот заказ
        [one] эти { $count } заказ
        [few] эти { $count } заказа
        [many] эти { $count } заказов
       *[other] эти { $count } заказа
    }? { $ids }
    Отменить можно не каждую услугу: панель решает по каждому заказу отдельно.
orders-cancel-yes = { $count ->
        [one] Да, отменить { $count } заказ
        [few] Да, отменить { $count } заказа
        [many] Да, отменить { $count } заказов
       *[other] Да, отменить { $count } заказа
    }
orders-cancel-no = Нет
orders-cancel-kept = Ничего не отменено.
orders-cancel-ok = ✅ отмена запрошена
orders-cancel-done-one = ✅ Запрошена отмена заказа { $id }.
orders-cancel-failed-one = Заказ { $id }: { $reason }
orders-cancel-header = ✖️ Запросы отмены для { $count } { $count ->
        [one] заказа
        [few] заказов
        [many] заказов
       *[other] заказа
    }:
orders-list-account-gone = (его аккаунт больше не подключён)
