# The home screen, its buttons and the quick-buttons keyboard.
home-title =
    🏠 <b>Inicio</b> · { $panel }
    ¿Qué quieres hacer?
home-title-new =
    🏠 <b>Inicio</b>
    Conecta tu cuenta del panel para empezar a hacer pedidos.
home-button = 🏠 Inicio
home-button-connect = 🔌 Conectar un panel
home-button-help = ❓ Ayuda
home-button-order = 🛒 Nuevo pedido
home-button-orders = 📦 Mis pedidos
home-button-balance = 💰 Saldo
home-button-services = 📋 Servicios
home-button-account = 🔑 Cuenta
home-button-settings = ⚙️ Ajustes
home-key-order = 🛒 Nuevo pedido
home-key-orders = 📦 Mis pedidos
home-key-balance = 💰 Saldo
home-key-services = 📋 Servicios
home-account = 🔑 Tu cuenta en <b>{ $panel }</b> está conectada. /connect cambia la clave API; /disconnect la elimina.
home-settings-keyboard-on = ⌨️ Botones rápidos bajo el chat: activados
home-settings-keyboard-off = ⌨️ Botones rápidos bajo el chat: desactivados
home-keyboard-shown = ⌨️ Los botones rápidos vuelven a estar bajo el chat.
home-keyboard-hidden = ⌨️ Botones rápidos ocultos. Actívalos de nuevo en /settings.
