# /order: покрокове оформлення замовлення.
order-usage = Надішліть /order, щоб вибрати послугу крок за кроком, або /order ID, щоб замовити послугу за її ID.
order-choose-category = 🛒 <b>Нове замовлення</b> · оберіть категорію ({ $count }) або введіть слово для пошуку послуг.
order-choose-service = Оберіть послугу або введіть слово для пошуку.
order-button-categories = ⬅️ Категорії
order-no-services = Зараз на панелі немає жодної послуги, тож замовити нічого.
order-use-buttons = Скористайтеся кнопками вище або натисніть /cancel.
order-search-none = За запитом «{ $query }» нічого не знайдено. Введіть інше слово або оберіть категорію вище.
order-old-step = Ця кнопка належить до одного з попередніх кроків. Будь ласка, дайте відповідь на останнє запитання.
order-service-gone = Панель більше не пропонує цю послугу. Оберіть іншу.
order-service-chosen =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · кількість { $min }–{ $max }
order-service-chosen-per-post =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · кількість на допис { $min }–{ $max }
order-service-refused = Панель зараз не приймає замовлення на цю послугу. Оберіть іншу через /order.

# Запитання
order-ask-link = 🔗 Надішліть посилання (наприклад, { $example }).
order-ask-quantity = 🔢 Скільки потрібно? Надішліть число від { $min } до { $max }.
order-ask-runs = 💧 За скільки запусків виконати замовлення? (ціле число, наприклад 5)
order-ask-interval = ⏱ Скільки хвилин між запусками? (ціле число, наприклад 30)
order-ask-keywords = 🔑 Надішліть ключові слова, по одному в рядку.
order-ask-comments = 💬 Надішліть коментарі, по одному в рядку.
order-ask-comments-count = 💬 Надішліть коментарі, по одному в рядку: від { $min } до { $max } рядків. Кількість дорівнює числу рядків.
order-ask-usernames = 👤 Надішліть імена користувачів, по одному в рядку.
order-ask-usernames-count = 👤 Надішліть імена користувачів, по одному в рядку: від { $min } до { $max } рядків. Кількість дорівнює числу рядків.
order-ask-hashtags = #️⃣ Надішліть хештеги, по одному в рядку.
order-ask-hashtag = #️⃣ Надішліть хештег.
order-ask-username = 👤 Надішліть ім’я користувача.
order-ask-media = 🖼 Надішліть посилання на публікацію: буде згадано тих, хто її вподобав.
order-ask-answer-number = 🗳 За який варіант відповіді віддати голоси? Надішліть його номер (1 — перший варіант).
order-ask-groups = 👥 Надішліть групи, з яких запрошувати, по одній у рядку.
order-ask-min = ⬇️ Мінімум на публікацію? Надішліть число від { $min } до { $max }.
order-ask-max = ⬆️ Максимум на публікацію? Надішліть число від { $min } до { $max }, не менше за мінімум.
order-ask-posts = 📝 На скільки нових публікацій? Надішліть число або пропустіть цей крок — тоді без обмеження.
order-ask-old-posts = 🗂 На скільки вже наявних публікацій це теж поширити? Надішліть число (0 — на жодну) або пропустіть.
order-ask-delay = ⏳ Яка затримка після появи нової публікації?
order-ask-expiry = 📅 До якої дати? Надішліть дату у форматі день/місяць/рік (наприклад, 31/12/2026) або пропустіть.
order-ask-country = 🌍 З якої країни має надходити трафік? (наприклад, United States або US)
order-ask-device = 💻 З яких пристроїв?
order-ask-traffic-type = 🚦 Який тип трафіку?
order-ask-google-keyword = 🔎 За яким ключовим словом відвідувачі мають шукати в Google?
order-ask-referring-url = 🔗 Надішліть URL джерела (сторінку, з якої приходять відвідувачі).
order-ask-dripfeed = 💧 Розтягнути замовлення в часі (крапельна подача)?

# Назви полів
order-field-link = Посилання
order-field-quantity = Кількість
order-field-runs = Запуски
order-field-interval = Інтервал (хв)
order-field-keywords = Ключові слова
order-field-comments = Коментарі
order-field-usernames = Імена користувачів
order-field-hashtags = Хештеги
order-field-hashtag = Хештег
order-field-username = Ім’я користувача
order-field-media = Посилання на публікацію
order-field-answer-number = Номер відповіді
order-field-groups = Групи
order-field-min = Мінімум на публікацію
order-field-max = Максимум на публікацію
order-field-posts = Нові публікації
order-field-old-posts = Старі публікації
order-field-delay = Затримка
order-field-expiry = Діє до
order-field-country = Країна
order-field-device = Пристрій
order-field-traffic-type = Тип трафіку
order-field-google-keyword = Ключове слово Google
order-field-referring-url = URL джерела
order-field-dripfeed = Крапельна подача

# Варіанти
order-delay-none = Без затримки
order-delay-minutes = { $n } хв
order-device-desktop = 🖥 Комп’ютер
order-device-android = 🤖 Android
order-device-ios = 🍏 iOS
order-device-mixed-mobile = 📱 Різні мобільні
order-device-mixed = 🔀 Різні
order-traffic-google = 🔎 Ключове слово Google
order-traffic-referrer = 🔗 Власне джерело (реферер)
order-traffic-blank = ⬜ Без джерела
order-button-skip = ⏭ Пропустити
order-button-drip-yes = 💧 Так, крапельна подача
order-button-drip-no = Усе одразу
order-skipped = { $field }: пропущено
order-chosen = { $field }: { $value }
order-dripfeed-yes = 💧 Крапельна подача: так
order-dripfeed-no = Крапельна подача: ні, усе одразу

# Помилки у відповіді
order-send-again = Надішліть ще раз або натисніть /cancel.
order-error-link = ❌ Це некоректне посилання. Надішліть повне посилання, наприклад https://instagram.com/p/abc123.
order-error-number = ❌ Надішліть ціле число, лише цифрами (наприклад, 1000).
order-error-too-big = ❌ Це число надто велике.
order-error-quantity-range = ❌ Кількість має бути від { $min } до { $max }.
order-error-lines-range = ❌ Ви надіслали { $count } { $count ->
        [one] рядок
        [few] рядки
        [many] рядків
       *[other] рядка
    }, а для цієї послуги потрібно від { $min } до { $max } (по одному в рядку).
order-error-lines-empty = ❌ Надішліть принаймні один рядок.
order-error-range = ❌ Число має бути від { $min } до { $max }.
order-error-max-below-min = ❌ Максимум не може бути меншим за мінімум ({ $min }).
order-error-too-small = ❌ Число має бути не менше за { $min }.
order-error-one-line = ❌ Надішліть один рядок.
order-error-date = ❌ Надішліть дату, яка ще не минула, у форматі день/місяць/рік (наприклад, 31/12/2026).
order-error-choice = ❌ Оберіть один із варіантів на кнопках.
order-error-empty = ❌ Це поле не може бути порожнім.
order-error-invalid = ❌ Некоректне значення в полі «{ $field }».
order-recheck = Деякі відповіді більше не узгоджуються між собою, тож я запитаю ще раз: { $fields }.

# Підсумок
order-summary-title = 🧾 <b>Перевірте замовлення</b>
order-summary-service = Послуга: <b>{ $name }</b> (ID { $id })
order-summary-field = { $label }: { $value }
order-summary-lines = { $count } { $count ->
        [one] рядок
        [few] рядки
        [many] рядків
       *[other] рядка
    }
order-summary-more = … і ще { $count }
order-number = { $n }
order-summary-drip = Крапельна подача: { $runs } { $runs ->
        [one] запуск
        [few] запуски
        [many] запусків
       *[other] запуску
    }, інтервал { $interval } хв
order-summary-total = Загальна кількість: { $total }
order-summary-price = 💵 Вартість: <b>{ $price }</b>
order-summary-price-max = 💵 Вартість: до <b>{ $price }</b> (списується за кожну публікацію)
order-summary-price-per-post = 💵 Вартість: до <b>{ $price }</b> за публікацію
order-summary-price-unknown = 💵 Вартість: визначає панель
order-summary-balance = 💰 Баланс: { $balance }
order-summary-balance-low = ⚠️ На балансі менше, ніж вартість замовлення. Спершу поповніть баланс на панелі, інакше панель відхилить замовлення.
order-summary-balance-unknown = ⚠️ Не вдалося перевірити баланс: { $reason }
order-button-confirm = ✅ Підтвердити
order-button-change = ✏️ Змінити
order-change-which = Що ви хочете змінити?
order-confirm-hint = Натисніть ✅ Підтвердити, ✏️ Змінити або ✖️ Скасувати під підсумком.

# Результат
order-placed = ✅ Замовлення { $id } оформлено · { $price }
order-placed-no-price = ✅ Замовлення { $id } оформлено.
order-placed-next = Я повідомлю, коли статус зміниться. Усі замовлення — у /orders, це замовлення можна перевірити командою /status { $id }.
order-unknown-outcome = ⚠️ Панель не підтвердила замовлення, тому я не знаю, чи його оформлено. Повторно я його не надсилатиму. За хвилину перевірте /orders або /status (чи сайт панелі), перш ніж замовляти знову.
order-failed-fix = Нічого не замовлено. Змініть дані й підтвердьте ще раз або натисніть /cancel.
order-already-placed = Замовлення { $id } уже оформлено. Усі замовлення — у /orders.
order-already-unknown = Це замовлення вже надіслано, але його результат невідомий. Перевірте /orders або /status, перш ніж замовляти знову.
order-already-failed = За цим підсумком замовлення не оформлено. Скористайтеся останнім підсумком або почніть спочатку з /order.
order-wizard-expired = Ця форма замовлення вже неактивна. Почніть спочатку з /order.
