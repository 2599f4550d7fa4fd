# The home screen, its buttons and the quick-buttons keyboard.
home-title =
    🏠 <b>Главная</b> · { $panel }
    Что хотите сделать?
home-title-new =
    🏠 <b>Главная</b>
    Подключите аккаунт панели, чтобы начать заказывать.
home-button = 🏠 Главная
home-button-connect = 🔌 Подключить панель
home-button-help = ❓ Справка
home-button-order = 🛒 Новый заказ
home-button-orders = 📦 Мои заказы
home-button-balance = 💰 Баланс
home-button-services = 📋 Услуги
home-button-account = 🔑 Аккаунт
home-button-settings = ⚙️ Настройки
home-key-order = 🛒 Новый заказ
home-key-orders = 📦 Мои заказы
home-key-balance = 💰 Баланс
home-key-services = 📋 Услуги
home-account = 🔑 Ваш аккаунт на <b>{ $panel }</b> подключён. /connect заменяет API-ключ, /disconnect удаляет его.
home-settings-keyboard-on = ⌨️ Быстрые кнопки под чатом: вкл.
home-settings-keyboard-off = ⌨️ Быстрые кнопки под чатом: выкл.
home-keyboard-shown = ⌨️ Быстрые кнопки снова под чатом.
home-keyboard-hidden = ⌨️ Быстрые кнопки скрыты. Включить снова можно в /settings.
