# Спільні слова, кнопки та помилки.
button-cancel = ✖️ Скасувати
button-back = ⬅️ Назад
button-expired = Ця кнопка застаріла. Почніть спочатку.
conversation-cancelled = Скасовано. Нічого не змінено.
conversation-send-text = Надішліть текстове повідомлення або натисніть /cancel.
unknown-command = Я не знаю такої команди. Що я вмію — у /help.
start-hint = Надішліть /help, щоб дізнатися, що я вмію.
error-generic = У мене щось пішло не так. Спробуйте ще раз трохи згодом.

account-missing = Ви ще не підключили акаунт панелі. Надішліть /connect, щоб додати API-ключ.
account-missing-group = Ця група ще не має акаунта панелі. Адміністратор групи може прив’язати його командою /connect.

panel-error-invalid-key = Панель відхилила API-ключ. Підключіть дійсний ключ командою /connect.
panel-error-funds = Недостатньо коштів на балансі панелі.
panel-error-unknown-order = На панелі немає замовлення з таким ID.
panel-error-unknown-refill = На панелі немає рефілу з таким ID.
panel-error-rate-limited = Панель зараз обмежує запити. Спробуйте ще раз за хвилину.
panel-error-unavailable = Панель зараз недоступна. Спробуйте пізніше.
panel-error-unknown-outcome = Панель не відповіла вчасно, тому результат невідомий. Перевірте через /orders або /status, перш ніж пробувати знову.
panel-error-invalid-input = Панель відхилила запит як некоректний.
panel-error-invalid-input-detail = Панель відхилила запит: { $detail }

# Меню команд
cmd-start = Почати роботу й дізнатися про бота
cmd-help = Показати можливості бота
cmd-connect = Підключити API-ключ панелі
cmd-disconnect = Видалити підключений API-ключ
cmd-balance = Показати баланс панелі
cmd-services = Переглянути або знайти послуги
cmd-order = Оформити нове замовлення
cmd-orders = Показати замовлення та їхні статуси
cmd-status = Перевірити статус замовлень за ID
cmd-refill = Запросити рефіл замовлень
cmd-refills = Перевірити статус рефілів за ID
cmd-cancel = Скасувати замовлення
cmd-track = Стежити за замовленнями із сайту панелі
cmd-untrack = Припинити стежити за замовленнями
cmd-settings = Налаштувати сповіщення
cmd-notifications = Увімкнути або вимкнути сповіщення групи
cmd-language = Змінити мову
rate-limited = Ви надсилаєте запити надто швидко. Зачекайте трохи.
fallback-key-deleted = Це було схоже на API-ключ, тож я видалив ваше повідомлення задля безпеки. Щоб підключити ключ, спершу надішліть /connect, а потім сам ключ.
