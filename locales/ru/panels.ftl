## /connect → ➕ Другая панель: любая панель с API v2, по её адресу
button-other-panel = ➕ Другая панель
connect-ask-address = 🌐 Пришлите адрес вашей панели, например smmpanel.com или https://smmpanel.com/api/v2. Я сам найду её API.
connect-panel-found = API панели найден: { $url }
connect-address-refused-malformed = Это не веб-адрес. Пришлите его в виде smmpanel.com или https://smmpanel.com/api/v2 либо /cancel.
connect-address-refused-scheme = Разрешены только защищённые адреса https. Пришлите https-адрес панели либо /cancel.
connect-address-refused-credentials = В адресе не должно быть имени пользователя или пароля. Пришлите его без них либо /cancel.
connect-address-refused-port = Этот порт не разрешён: панели доступны на стандартных веб-портах. Пришлите адрес без порта либо /cancel.
connect-address-refused-denied = Владелец бота заблокировал эту панель. Пришлите другой адрес либо /cancel.
connect-address-refused-not-allowed = Владелец бота разрешает только определённые панели, и этой среди них нет. Пришлите другой адрес либо /cancel.
connect-address-refused-disabled = Другие панели в этом боте отключены. Отправьте /connect и выберите одну из его панелей.
connect-address-refused-private = Этот адрес ведёт в частную или внутреннюю сеть, а не к публичной панели. Пришлите публичный адрес панели либо /cancel.
connect-address-refused-unresolved = Такого адреса нет (домен не найден). Проверьте написание и пришлите снова либо /cancel.
connect-no-api = Я связался с { $host }, но API панели там не нашёл. Пришлите полный адрес API со страницы API панели (например https://smmpanel.com/api/v2) либо /cancel.
connect-unreachable = Не удалось связаться с { $host } (нет ответа или меня заблокировала его защита). Пришлите адрес ещё раз, чтобы повторить, либо /cancel.
