cmd-accounts = Ваши аккаунты панелей: переключение, переименование, отключение
accounts-title = 👤 <b>Ваши аккаунты панелей</b> ({ $count })
accounts-title-group = 👤 <b>Аккаунты панелей этой группы</b> ({ $count })
accounts-none = У вас ещё нет подключённого аккаунта панели. Добавьте его кнопкой ниже или командой /connect.
accounts-none-group = К этой группе ещё не привязан аккаунт панели. Администратор может добавить его кнопкой ниже или командой /connect.
accounts-balance = 💰 { $balance }
accounts-balance-unavailable = 💰 баланс недоступен: { $reason }
accounts-unreadable = ⚠️ нужно переподключить: подключите его ключ заново командой /connect
accounts-active-hint = ✅ отмечает активный аккаунт: его используют /balance, /services, /order, /status, /track, /refill и /cancel. Заказ остаётся за тем аккаунтом, через который он был оформлен или взят на отслеживание.
accounts-button-use = ▫️ Выбрать { $name }
accounts-button-active = ✅ { $name }
accounts-button-rename = ✏️ Переименовать
accounts-button-disconnect = ❌ Отключить
accounts-button-add = ➕ Добавить аккаунт
accounts-button-refresh = 🔄 Обновить
accounts-switched = Теперь используется { $name }.
accounts-rename-ask = ✏️ Отправьте новое название для { $name } (максимум символов: { $max }) или «-», чтобы снова показывать название панели.
accounts-renamed = ✅ Новое название: <b>{ $name }</b>. См. /accounts.
accounts-rename-cleared = ✅ Аккаунт снова показывает название своей панели. См. /accounts.
accounts-rename-too-long = Отправьте название длиной от 1 до { $max } символов или «-».
accounts-disconnect-confirm = Отключить <b>{ $name }</b>? { $orders ->
    [0] К нему не привязано ни одного отслеживаемого заказа.
    [one] Перестанет отслеживаться { $orders } заказ, привязанный к нему.
    [few] Перестанут отслеживаться { $orders } заказа, привязанных к нему.
    [many] Перестанут отслеживаться { $orders } заказов, привязанных к нему.
   *[other] Перестанут отслеживаться { $orders } заказа, привязанных к нему.
}
accounts-disconnect-yes = ❌ Да, отключить
accounts-disconnect-no = Оставить
accounts-disconnected = ✅ Аккаунт <b>{ $name }</b> отключён, его ключ удалён. { $orders ->
    [0] {""}
    [one] Отслеживание { $orders } заказа прекращено.
    [few] Отслеживание { $orders } заказов прекращено.
    [many] Отслеживание { $orders } заказов прекращено.
   *[other] Отслеживание { $orders } заказа прекращено.
}
accounts-too-many = У вас уже максимальное число аккаунтов ({ $max }): сначала отключите один в /accounts.
accounts-now-active = Теперь это ваш активный аккаунт (всего подключено: { $count }): переключайтесь между ними и переименовывайте их в /accounts.
accounts-found-on = Найдено в вашем аккаунте { $name }.
accounts-order-account = 👤 { $name }
