# The home screen, its buttons and the quick-buttons keyboard.
home-title =
    🏠 <b>Головна</b> · { $panel }
    Що бажаєте зробити?
home-title-new =
    🏠 <b>Головна</b>
    Підключіть акаунт панелі, щоб почати замовляти.
home-button = 🏠 Головна
home-button-connect = 🔌 Підключити панель
home-button-help = ❓ Довідка
home-button-order = 🛒 Нове замовлення
home-button-orders = 📦 Мої замовлення
home-button-balance = 💰 Баланс
home-button-services = 📋 Послуги
home-button-account = 🔑 Акаунт
home-button-settings = ⚙️ Налаштування
home-key-order = 🛒 Нове замовлення
home-key-orders = 📦 Мої замовлення
home-key-balance = 💰 Баланс
home-key-services = 📋 Послуги
home-account = 🔑 Ваш акаунт на <b>{ $panel }</b> підключено. /connect замінює API-ключ, /disconnect видаляє його.
home-settings-keyboard-on = ⌨️ Швидкі кнопки під чатом: увімк.
home-settings-keyboard-off = ⌨️ Швидкі кнопки під чатом: вимк.
home-keyboard-shown = ⌨️ Швидкі кнопки знову під чатом.
home-keyboard-hidden = ⌨️ Швидкі кнопки приховано. Увімкнути знову можна в /settings.
