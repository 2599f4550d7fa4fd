# Мини-приложение (issue 16): кнопка и меню бота, а также все тексты самого приложения.
app-button-open = 🛍 Каталог
app-menu-button = Каталог
app-open-text = Просматривайте каталог, оформляйте заказы и следите за ними в приложении:
app-off = Приложение в этом боте не включено.
app-private-only = Приложение открывается в личном чате со мной.

app-tab-catalogue = Каталог
app-tab-orders = Заказы
app-tab-account = Аккаунт
app-loading = Загрузка…
app-retry = Повторить
app-back = Назад
app-close = Закрыть

app-search-placeholder = Поиск услуг…
app-results = { $count ->
    [one] { $count } услуга
    [few] { $count } услуги
    [many] { $count } услуг
   *[other] { $count } услуги
}
app-no-results = Подходящих услуг нет.
app-filters = Фильтры
app-filters-reset = Сбросить
app-filter-platform = Платформа
app-filter-type = Тип
app-filter-all = Все
app-filter-refill = Рефилл
app-filter-dripfeed = Капельная подача
app-filter-price-min = Цена от
app-filter-price-max = Цена до
app-sort = Сортировка
app-sort-default = Как на панели
app-sort-price-asc = Сначала дешевле
app-sort-price-desc = Сначала дороже
app-platform-other = Другое

app-rate-per-1000 = { $rate } за 1000
app-rate-package = { $rate } за пакет
app-rate-subscription = { $rate } за 1000 на пост
app-limits = { $min }–{ $max }
app-flag-refill = ♻️ Рефилл
app-flag-cancel = ✖️ Отмена
app-flag-dripfeed = 💧 Капельная подача

app-service-id = Услуга { $id }
app-service-category = Категория
app-service-type = Тип
app-service-rate = Цена
app-service-limits = Мин.–макс.
app-service-time = Среднее время
app-service-time-unknown = панель не указала
app-service-description = Описание
app-service-order = Заказать эту услугу

app-form-title = Новый заказ
app-form-lines-hint = По одному в строке
app-form-choose = Выберите…
app-form-optional = необязательно
app-form-dripfeed = Капельная подача (разбить на запуски)
app-form-total = Итого: { $total }
app-form-price = Цена
app-form-price-max = Цена (не более)
app-form-price-unknown = Заполните поля, чтобы увидеть цену
app-form-balance = Баланс
app-form-balance-unknown = неизвестен
app-form-balance-low = Ваш баланс меньше цены заказа.
app-form-confirm = Подтвердить заказ · { $price }
app-form-confirm-plain = Подтвердить заказ
app-form-fix = Исправьте поля, отмеченные красным.
app-form-sending = Оформляем заказ…

app-error-required = Это обязательное поле.
app-error-link = Это некорректная ссылка.
app-error-number = Введите целое число.
app-error-range = Введите число от { $min } до { $max }.
app-error-too-small = Введите не меньше { $min }.
app-error-lines-range = Введите от { $min } до { $max } строк (сейчас { $count }).
app-error-one-line = Введите одну строку.
app-error-date = Введите дату не в прошлом (день/месяц/год).
app-error-choice = Выберите один из вариантов.
app-error-max-below-min = Максимум не может быть меньше минимума.
app-error-not-supported = Эта услуга этого не поддерживает.
app-error-invalid = Недопустимое значение.

app-result-placed = ✅ Заказ { $id } оформлен
app-result-price = Цена: { $price }
app-result-tracked = Он уже в вашем списке заказов, а в чате я сообщу, когда его статус изменится.
app-result-unknown = ⚠️ Панель не ответила вовремя, поэтому результат неизвестен. Проверьте свои заказы, прежде чем пробовать снова.
app-result-failed = ❌ Заказ не оформлен: { $reason }
app-result-view-orders = Мои заказы
app-result-new = Заказать ещё

app-panel-invalid-key = панель отклонила API-ключ (подключите действующий командой /connect в чате)
app-panel-funds = недостаточно средств на балансе панели
app-panel-invalid-input = панель отклонила заказ как некорректный
app-panel-service = панель больше не предлагает эту услугу
app-panel-link = панель не приняла ссылку
app-panel-quantity = панель не приняла количество
app-panel-active-order = для этой ссылки уже есть активный заказ
app-panel-rate-limited = панель ограничивает запросы; попробуйте через минуту
app-panel-unavailable = панель сейчас недоступна
app-panel-no-account = аккаунт панели не подключён (отправьте /connect в чате)
app-panel-error = что-то пошло не так; попробуйте ещё раз

app-error-auth = Сеанс истёк. Закройте приложение и снова откройте его из чата.
app-error-rate = Слишком много запросов. Подождите немного и попробуйте снова.
app-error-price-changed = Цена изменилась: теперь { $price }. Проверьте её и подтвердите заказ ещё раз.
app-error-network = Не удалось подключиться. Форма заказа сохранена — попробуйте ещё раз.
app-error-no-account = Вы ещё не подключили аккаунт панели. Отправьте боту /connect в чате.
app-error-generic = Что-то пошло не так. Попробуйте ещё раз.

app-orders-empty = Заказов пока нет. Здесь появятся заказы, оформленные в приложении или в чате.
app-orders-refresh = Обновить
app-orders-filter-all = Все
app-orders-filter-active = Активные
app-orders-filter-done = Завершённые
app-orders-order = Заказ { $id }
app-orders-charge = Списано { $charge }
app-orders-remains = Осталось { $remains }
app-orders-progress = { $done } из { $quantity }
app-orders-status-unknown = Ещё не проверялся
app-orders-repeat = Повторить
app-orders-refill = Рефилл
app-orders-cancel = Отменить
app-orders-cancel-confirm = Отменить заказ { $id }?
app-orders-refill-done = Рефилл { $id } запрошен.
app-orders-cancel-done = Отмена заказа { $id } запрошена.
app-orders-action-failed = Не выполнено: { $reason }
app-orders-updated = Обновлено

app-account-title = Ваш аккаунт панели
app-account-panel = Панель
app-account-currency = Валюта
app-account-balance = Баланс
app-account-active = Активен
app-account-none = Аккаунт панели не подключён. Отправьте боту /connect в чате.
cmd-app = Открыть приложение-каталог
