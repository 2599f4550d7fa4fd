## /connect → ➕ Інша панель: будь-яка панель з API v2, за її адресою
button-other-panel = ➕ Інша панель
connect-ask-address = 🌐 Надішліть адресу вашої панелі, наприклад smmpanel.com або https://smmpanel.com/api/v2. Я сам знайду її API.
connect-panel-found = API панелі знайдено: { $url }
connect-address-refused-malformed = Це не вебадреса. Надішліть її у вигляді smmpanel.com або https://smmpanel.com/api/v2 чи /cancel.
connect-address-refused-scheme = Дозволені лише захищені адреси https. Надішліть https-адресу панелі чи /cancel.
connect-address-refused-credentials = В адресі не має бути імені користувача чи пароля. Надішліть її без них чи /cancel.
connect-address-refused-port = Цей порт не дозволено: панелі доступні на стандартних вебпортах. Надішліть адресу без порту чи /cancel.
connect-address-refused-denied = Власник бота заблокував цю панель. Надішліть іншу адресу чи /cancel.
connect-address-refused-not-allowed = Власник бота дозволяє лише певні панелі, і цієї серед них немає. Надішліть іншу адресу чи /cancel.
connect-address-refused-disabled = Інші панелі в цьому боті вимкнено. Надішліть /connect і виберіть одну з його панелей.
connect-address-refused-private = Ця адреса веде до приватної чи внутрішньої мережі, а не до публічної панелі. Надішліть публічну адресу панелі чи /cancel.
connect-address-refused-unresolved = Такої адреси немає (домен не знайдено). Перевірте написання й надішліть знову чи /cancel.
connect-no-api = Я зв'язався з { $host }, але API панелі там не знайшов. Надішліть повну адресу API зі сторінки API панелі (наприклад https://smmpanel.com/api/v2) чи /cancel.
connect-unreachable = Не вдалося зв'язатися з { $host } (немає відповіді або мене заблокував його захист). Надішліть адресу ще раз, щоб повторити, чи /cancel.
