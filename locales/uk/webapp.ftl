# Міні-застосунок (issue 16): кнопка й меню бота, а також усі тексти самого застосунку.
app-button-open = 🛍 Каталог
app-menu-button = Каталог
app-open-text = Переглядайте каталог, оформлюйте замовлення й стежте за ними в застосунку:
app-off = У цьому боті застосунок не ввімкнено.
app-private-only = Застосунок відкривається в особистому чаті зі мною.

app-tab-catalogue = Каталог
app-tab-orders = Замовлення
app-tab-account = Акаунт
app-loading = Завантаження…
app-retry = Спробувати ще раз
app-back = Назад
app-close = Закрити

app-search-placeholder = Пошук послуг…
app-results = { $count ->
    [one] { $count } послуга
    [few] { $count } послуги
    [many] { $count } послуг
   *[other] { $count } послуги
}
app-no-results = Жодна послуга не підходить.
app-filters = Фільтри
app-filters-reset = Скинути
app-filter-platform = Платформа
app-filter-type = Тип
app-filter-all = Усі
app-filter-refill = Рефіл
app-filter-dripfeed = Крапельна подача
app-filter-price-min = Ціна від
app-filter-price-max = Ціна до
app-sort = Сортування
app-sort-default = Як на панелі
app-sort-price-asc = Спочатку дешевші
app-sort-price-desc = Спочатку дорожчі
app-platform-other = Інше

app-rate-per-1000 = { $rate } за 1000
app-rate-package = { $rate } за пакет
app-rate-subscription = { $rate } за 1000 на пост
app-limits = { $min }–{ $max }
app-flag-refill = ♻️ Рефіл
app-flag-cancel = ✖️ Скасування
app-flag-dripfeed = 💧 Крапельна подача

app-service-id = Послуга { $id }
app-service-category = Категорія
app-service-type = Тип
app-service-rate = Ціна
app-service-limits = Мін.–макс.
app-service-time = Середній час
app-service-time-unknown = панель не вказала
app-service-description = Опис
app-service-order = Замовити цю послугу

app-form-title = Нове замовлення
app-form-lines-hint = По одному в рядку
app-form-choose = Оберіть…
app-form-optional = необов’язково
app-form-dripfeed = Крапельна подача (розбити на запуски)
app-form-total = Разом: { $total }
app-form-price = Ціна
app-form-price-max = Ціна (не більше)
app-form-price-unknown = Заповніть поля, щоб побачити ціну
app-form-balance = Баланс
app-form-balance-unknown = невідомий
app-form-balance-low = Ваш баланс менший за ціну.
app-form-confirm = Підтвердити замовлення · { $price }
app-form-confirm-plain = Підтвердити замовлення
app-form-fix = Виправте поля, позначені червоним.
app-form-sending = Оформлюємо замовлення…

app-error-required = Це обов’язкове поле.
app-error-link = Це некоректне посилання.
app-error-number = Введіть ціле число.
app-error-range = Введіть число від { $min } до { $max }.
app-error-too-small = Введіть щонайменше { $min }.
app-error-lines-range = Введіть від { $min } до { $max } рядків (зараз { $count }).
app-error-one-line = Введіть один рядок.
app-error-date = Введіть дату, яка не в минулому (день/місяць/рік).
app-error-choice = Оберіть один із варіантів.
app-error-max-below-min = Максимум не може бути меншим за мінімум.
app-error-not-supported = Ця послуга цього не підтримує.
app-error-invalid = Неприпустиме значення.

app-result-placed = ✅ Замовлення { $id } оформлено
app-result-price = Ціна: { $price }
app-result-tracked = Воно вже у вашому списку замовлень, а в чаті я повідомлю, коли його статус зміниться.
app-result-unknown = ⚠️ Панель не відповіла вчасно, тому результат невідомий. Перевірте свої замовлення, перш ніж пробувати знову.
app-result-failed = ❌ Не оформлено: { $reason }
app-result-view-orders = Мої замовлення
app-result-new = Замовити ще

app-panel-invalid-key = панель відхилила API-ключ (підключіть дійсний командою /connect у чаті)
app-panel-funds = недостатньо коштів на балансі панелі
app-panel-invalid-input = панель відхилила замовлення як некоректне
app-panel-service = панель більше не пропонує цю послугу
app-panel-link = панель не прийняла посилання
app-panel-quantity = панель не прийняла кількість
app-panel-active-order = для цього посилання вже є активне замовлення
app-panel-rate-limited = панель обмежує запити; спробуйте за хвилину
app-panel-unavailable = панель зараз недоступна
app-panel-no-account = акаунт панелі не підключено (надішліть /connect у чаті)
app-panel-error = щось пішло не так; спробуйте ще раз

app-error-auth = Сеанс завершився. Закрийте застосунок і знову відкрийте його з чату.
app-error-rate = Забагато запитів. Зачекайте трохи й спробуйте знову.
app-error-price-changed = Ціна змінилася: тепер { $price }. Перевірте її та підтвердьте ще раз.
app-error-network = Не вдалося з’єднатися. Форму замовлення збережено — спробуйте ще раз.
app-error-no-account = Ви ще не підключили акаунт панелі. Надішліть боту /connect у чаті.
app-error-generic = Щось пішло не так. Спробуйте ще раз.

app-orders-empty = Замовлень поки немає. Тут з’являтимуться замовлення, оформлені в застосунку або в чаті.
app-orders-refresh = Оновити
app-orders-filter-all = Усі
app-orders-filter-active = Активні
app-orders-filter-done = Завершені
app-orders-order = Замовлення { $id }
app-orders-charge = Списано { $charge }
app-orders-remains = Залишилося { $remains }
app-orders-progress = { $done } з { $quantity }
app-orders-status-unknown = Ще не перевірялося
app-orders-repeat = Повторити
app-orders-refill = Рефіл
app-orders-cancel = Скасувати
app-orders-cancel-confirm = Скасувати замовлення { $id }?
app-orders-refill-done = Рефіл { $id } запитано.
app-orders-cancel-done = Скасування замовлення { $id } запитано.
app-orders-action-failed = Не виконано: { $reason }
app-orders-updated = Оновлено

app-account-title = Ваш акаунт панелі
app-account-panel = Панель
app-account-currency = Валюта
app-account-balance = Баланс
app-account-active = Активний
app-account-none = Акаунт панелі не підключено. Надішліть боту /connect у чаті.
cmd-app = Відкрити застосунок-каталог
