# /order: пошаговое оформление заказа.
order-usage = Отправьте /order, чтобы выбрать услугу по шагам, или /order ID, чтобы заказать услугу по её ID.
order-choose-category = 🛒 <b>Новый заказ</b> · выберите категорию ({ $count }) или введите слово для поиска по услугам.
order-choose-service = Выберите услугу или введите слово для поиска.
order-button-categories = ⬅️ Категории
order-no-services = Сейчас на панели нет ни одной услуги, заказать нечего.
order-use-buttons = Воспользуйтесь кнопками выше или нажмите /cancel.
order-search-none = По запросу «{ $query }» ничего не найдено. Введите другое слово или выберите категорию выше.
order-old-step = Эта кнопка относится к одному из прошлых шагов. Ответьте, пожалуйста, на последний вопрос.
order-service-gone = Панель больше не предлагает эту услугу. Выберите другую.
order-service-chosen =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · количество { $min }–{ $max }
order-service-chosen-per-post =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · количество на пост { $min }–{ $max }
order-service-refused = Панель сейчас не принимает заказы на эту услугу. Выберите другую через /order.

# Вопросы
order-ask-link = 🔗 Отправьте ссылку (например, { $example }).
order-ask-quantity = 🔢 Сколько нужно? Отправьте число от { $min } до { $max }.
order-ask-runs = 💧 За сколько запусков выполнить заказ? (целое число, например 5)
order-ask-interval = ⏱ Сколько минут между запусками? (целое число, например 30)
order-ask-keywords = 🔑 Отправьте ключевые слова, по одному в строке.
order-ask-comments = 💬 Отправьте комментарии, по одному в строке.
order-ask-comments-count = 💬 Отправьте комментарии, по одному в строке: от { $min } до { $max } строк. Количество равно числу строк.
order-ask-usernames = 👤 Отправьте имена пользователей, по одному в строке.
order-ask-usernames-count = 👤 Отправьте имена пользователей, по одному в строке: от { $min } до { $max } строк. Количество равно числу строк.
order-ask-hashtags = #️⃣ Отправьте хештеги, по одному в строке.
order-ask-hashtag = #️⃣ Отправьте хештег.
order-ask-username = 👤 Отправьте имя пользователя.
order-ask-media = 🖼 Отправьте ссылку на публикацию: упомянуты будут те, кто её лайкнул.
order-ask-answer-number = 🗳 За какой вариант ответа отдать голоса? Отправьте его номер (1 — первый вариант).
order-ask-groups = 👥 Отправьте группы, из которых приглашать, по одной в строке.
order-ask-min = ⬇️ Минимум на публикацию? Отправьте число от { $min } до { $max }.
order-ask-max = ⬆️ Максимум на публикацию? Отправьте число от { $min } до { $max }, не меньше минимума.
order-ask-posts = 📝 На сколько новых публикаций? Отправьте число или пропустите этот шаг — тогда без ограничения.
order-ask-old-posts = 🗂 На сколько уже вышедших публикаций это тоже распространить? Отправьте число (0 — ни на одну) или пропустите.
order-ask-delay = ⏳ Какая задержка после выхода новой публикации?
order-ask-expiry = 📅 До какой даты? Отправьте дату в формате день/месяц/год (например, 31/12/2026) или пропустите.
order-ask-country = 🌍 Из какой страны должен идти трафик? (например, United States или US)
order-ask-device = 💻 С каких устройств?
order-ask-traffic-type = 🚦 Какой тип трафика?
order-ask-google-keyword = 🔎 По какому ключевому слову посетители должны искать в Google?
order-ask-referring-url = 🔗 Отправьте URL источника (страницу, с которой приходят посетители).
order-ask-dripfeed = 💧 Растянуть заказ во времени (капельная подача)?

# Названия полей
order-field-link = Ссылка
order-field-quantity = Количество
order-field-runs = Запуски
order-field-interval = Интервал (мин)
order-field-keywords = Ключевые слова
order-field-comments = Комментарии
order-field-usernames = Имена пользователей
order-field-hashtags = Хештеги
order-field-hashtag = Хештег
order-field-username = Имя пользователя
order-field-media = Ссылка на публикацию
order-field-answer-number = Номер ответа
order-field-groups = Группы
order-field-min = Минимум на публикацию
order-field-max = Максимум на публикацию
order-field-posts = Новые публикации
order-field-old-posts = Старые публикации
order-field-delay = Задержка
order-field-expiry = Действует до
order-field-country = Страна
order-field-device = Устройство
order-field-traffic-type = Тип трафика
order-field-google-keyword = Ключевое слово Google
order-field-referring-url = URL источника
order-field-dripfeed = Капельная подача

# Варианты
order-delay-none = Без задержки
order-delay-minutes = { $n } мин
order-device-desktop = 🖥 Компьютер
order-device-android = 🤖 Android
order-device-ios = 🍏 iOS
order-device-mixed-mobile = 📱 Разные мобильные
order-device-mixed = 🔀 Разные
order-traffic-google = 🔎 Ключевое слово Google
order-traffic-referrer = 🔗 Свой источник (реферер)
order-traffic-blank = ⬜ Без источника
order-button-skip = ⏭ Пропустить
order-button-drip-yes = 💧 Да, капельная подача
order-button-drip-no = Всё сразу
order-skipped = { $field }: пропущено
order-chosen = { $field }: { $value }
order-dripfeed-yes = 💧 Капельная подача: да
order-dripfeed-no = Капельная подача: нет, всё сразу

# Ошибки в ответе
order-send-again = Отправьте ещё раз или нажмите /cancel.
order-error-link = ❌ Это некорректная ссылка. Отправьте полную ссылку, например https://instagram.com/p/abc123.
order-error-number = ❌ Отправьте целое число, только цифрами (например, 1000).
order-error-too-big = ❌ Это число слишком большое.
order-error-quantity-range = ❌ Количество должно быть от { $min } до { $max }.
order-error-lines-range = ❌ Вы отправили { $count } { $count ->
        [one] строку
        [few] строки
        [many] строк
       *[other] строки
    }, а для этой услуги нужно от { $min } до { $max } (по одной в строке).
order-error-lines-empty = ❌ Отправьте хотя бы одну строку.
order-error-range = ❌ Число должно быть от { $min } до { $max }.
order-error-max-below-min = ❌ Максимум не может быть меньше минимума ({ $min }).
order-error-too-small = ❌ Число должно быть не меньше { $min }.
order-error-one-line = ❌ Отправьте одну строку.
order-error-date = ❌ Отправьте дату, которая ещё не прошла, в формате день/месяц/год (например, 31/12/2026).
order-error-choice = ❌ Выберите один из вариантов на кнопках.
order-error-empty = ❌ Это поле не может быть пустым.
order-error-invalid = ❌ Некорректное значение в поле «{ $field }».
order-recheck = Некоторые ответы больше не согласуются друг с другом, поэтому я спрошу ещё раз: { $fields }.

# Сводка
order-summary-title = 🧾 <b>Проверьте заказ</b>
order-summary-service = Услуга: <b>{ $name }</b> (ID { $id })
order-summary-field = { $label }: { $value }
order-summary-lines = { $count } { $count ->
        [one] строка
        [few] строки
        [many] строк
       *[other] строки
    }
order-summary-more = … и ещё { $count }
order-number = { $n }
order-summary-drip = Капельная подача: { $runs } { $runs ->
        [one] запуск
        [few] запуска
        [many] запусков
       *[other] запуска
    }, интервал { $interval } мин
order-summary-total = Общее количество: { $total }
order-summary-price = 💵 Стоимость: <b>{ $price }</b>
order-summary-price-max = 💵 Стоимость: до <b>{ $price }</b> (списывается за каждую публикацию)
order-summary-price-per-post = 💵 Стоимость: до <b>{ $price }</b> за публикацию
order-summary-price-unknown = 💵 Стоимость: определяет панель
order-summary-balance = 💰 Баланс: { $balance }
order-summary-balance-low = ⚠️ На балансе меньше, чем стоимость заказа. Сначала пополните баланс на панели, иначе панель отклонит заказ.
order-summary-balance-unknown = ⚠️ Не удалось проверить баланс: { $reason }
order-button-confirm = ✅ Подтвердить
order-button-change = ✏️ Изменить
order-change-which = Что вы хотите изменить?
order-confirm-hint = Нажмите ✅ Подтвердить, ✏️ Изменить или ✖️ Отмена под сводкой.

# Результат
order-placed = ✅ Заказ { $id } оформлен · { $price }
order-placed-no-price = ✅ Заказ { $id } оформлен.
order-placed-next = Я сообщу, когда статус изменится. Все заказы — в /orders, этот заказ можно проверить командой /status { $id }.
order-unknown-outcome = ⚠️ Панель не подтвердила заказ, поэтому я не знаю, оформлен ли он. Повторно я его отправлять не буду. Через минуту проверьте /orders или /status (или сайт панели), прежде чем заказывать снова.
order-failed-fix = Ничего не заказано. Измените данные и подтвердите ещё раз или нажмите /cancel.
order-already-placed = Заказ { $id } уже оформлен. Все заказы — в /orders.
order-already-unknown = Этот заказ уже отправлен, но результат неизвестен. Проверьте /orders или /status, прежде чем заказывать снова.
order-already-failed = Заказ по этой сводке не оформлен. Используйте последнюю сводку или начните заново с /order.
order-wizard-expired = Эта форма заказа больше не активна. Начните заново с /order.
