start-welcome = 👋 Здравствуйте, { $name }! Я управляю вашим аккаунтом на SMM-панели прямо из Telegram: баланс, услуги, заказы, рефиллы и отмены — и сообщаю, когда меняется статус заказа.
start-next-connect = Для начала подключите API-ключ панели командой /connect (он есть на странице API панели). Затем попробуйте /balance, /services или /order. Все команды — в /help.
start-connected = Ваш аккаунт на { $panel } подключён. Попробуйте /balance, /services, /order или /orders. Все команды — в /help.
start-group = 👋 Здравствуйте! Я помогаю этой группе следить за заказами на SMM-панели. Администратор может привязать аккаунт панели командой /connect; список команд — в /help.
help =
    Вот что я умею:
    /connect — подключить API-ключ панели (то же, что /setkey)
    /disconnect — удалить его
    /balance — ваш баланс
    /services — каталог услуг; /services ТЕКСТ — поиск
    /order — оформить заказ по шагам
    /orders — ваши заказы и их статусы
    /status ID … — статус одного или нескольких заказов
    /refill ID … — запросить рефилл; /refills ID … — статус рефилла
    /cancel ID … — отменить заказы
    /track ID … и /untrack ID … — следить за заказами, оформленными на сайте панели
    /settings — уведомления
    /language — сменить язык
    Инлайн-режим: наберите @{ $bot } 23501 в любом чате, чтобы показать статус заказа.
help-group =
    В этой группе:
    Все участники: /status ID, /orders, /help
    Администраторы: /connect, /disconnect, /balance, /order, /track, /untrack, /refill, /cancel, /notifications on|off, /language

connect-choose-panel = На какой панели ваш аккаунт?
connect-panel-chosen = Панель: { $panel }
connect-ask-key = 🔑 Отправьте мне ваш API-ключ для { $panel }. Он есть на странице API панели. Я удалю ваше сообщение сразу после прочтения и сохраню ключ в зашифрованном виде.
connect-ask-key-group = 🔑 Отправьте мне API-ключ для { $panel }, который будет использовать группа «{ $group }». Я удалю ваше сообщение сразу после прочтения и сохраню ключ в зашифрованном виде. Участники группы его не увидят.
connect-key-malformed = Это не похоже на API-ключ (одно слово без пробелов). Отправьте ключ ещё раз или нажмите /cancel.
connect-key-rejected = ❌ Панель не приняла этот ключ. Проверьте его на странице API панели и отправьте ещё раз или нажмите /cancel. Ключ не сохранён.
connect-try-again = Отправьте ключ ещё раз, чтобы повторить попытку, или нажмите /cancel. Ключ не сохранён.
connect-done = ✅ Подключено к { $panel }. Баланс: { $balance }.
connect-done-group = ✅ Группа «{ $group }» теперь привязана к { $panel }. Баланс: { $balance }.
disconnect-done = Ваш API-ключ удалён. Подключить его снова можно в любой момент командой /connect.
disconnect-done-group = API-ключ группы удалён.
disconnect-none = Подключённого API-ключа нет.

balance = 💰 Баланс на { $panel }: { $balance }

language-choose = Выберите язык:
language-set = ✅ Язык бота — русский.
