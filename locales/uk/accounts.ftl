cmd-accounts = Ваші акаунти панелей: перемикання, перейменування, відключення
accounts-title = 👤 <b>Ваші акаунти панелей</b> ({ $count })
accounts-title-group = 👤 <b>Акаунти панелей цієї групи</b> ({ $count })
accounts-none = У вас ще немає підключеного акаунта панелі. Додайте його кнопкою нижче або командою /connect.
accounts-none-group = До цієї групи ще не прив’язано акаунт панелі. Адміністратор може додати його кнопкою нижче або командою /connect.
accounts-balance = 💰 { $balance }
accounts-balance-unavailable = 💰 баланс недоступний: { $reason }
accounts-unreadable = ⚠️ потрібно перепідключити: підключіть його ключ знову командою /connect
accounts-active-hint = ✅ позначає активний акаунт: його використовують /balance, /services, /order, /status, /track, /refill і /cancel. Замовлення лишається за тим акаунтом, через який його оформили або почали за ним стежити.
accounts-button-use = ▫️ Вибрати { $name }
accounts-button-active = ✅ { $name }
accounts-button-rename = ✏️ Перейменувати
accounts-button-disconnect = ❌ Відключити
accounts-button-add = ➕ Додати акаунт
accounts-button-refresh = 🔄 Оновити
accounts-switched = Тепер використовується { $name }.
accounts-rename-ask = ✏️ Надішліть нову назву для { $name } (максимум символів: { $max }) або «-», щоб знову показувати назву панелі.
accounts-renamed = ✅ Нова назва: <b>{ $name }</b>. Див. /accounts.
accounts-rename-cleared = ✅ Акаунт знову показує назву своєї панелі. Див. /accounts.
accounts-rename-too-long = Надішліть назву завдовжки від 1 до { $max } символів або «-».
accounts-disconnect-confirm = Відключити <b>{ $name }</b>? { $orders ->
    [0] До нього не прив’язано жодного замовлення, за яким ведеться стеження.
    [one] Стеження за { $orders } замовленням, прив’язаним до нього, припиниться.
    [few] Стеження за { $orders } замовленнями, прив’язаними до нього, припиниться.
    [many] Стеження за { $orders } замовленнями, прив’язаними до нього, припиниться.
   *[other] Стеження за { $orders } замовленнями, прив’язаними до нього, припиниться.
}
accounts-disconnect-yes = ❌ Так, відключити
accounts-disconnect-no = Залишити
accounts-disconnected = ✅ Акаунт <b>{ $name }</b> відключено, його ключ видалено. { $orders ->
    [0] {""}
    [one] Стеження за { $orders } замовленням припинено.
    [few] Стеження за { $orders } замовленнями припинено.
    [many] Стеження за { $orders } замовленнями припинено.
   *[other] Стеження за { $orders } замовленнями припинено.
}
accounts-too-many = У вас уже максимальна кількість акаунтів ({ $max }): спочатку відключіть один у /accounts.
accounts-now-active = Тепер це ваш активний акаунт (усього підключено: { $count }): перемикайтеся між ними та перейменовуйте їх у /accounts.
accounts-found-on = Знайдено у вашому акаунті { $name }.
accounts-order-account = 👤 { $name }
