# The home screen, its buttons and the quick-buttons keyboard.
home-title =
    🏠 <b>Início</b> · { $panel }
    O que quer fazer?
home-title-new =
    🏠 <b>Início</b>
    Ligue a sua conta do painel para começar a fazer pedidos.
home-button = 🏠 Início
home-button-connect = 🔌 Ligar um painel
home-button-help = ❓ Ajuda
home-button-order = 🛒 Novo pedido
home-button-orders = 📦 Os meus pedidos
home-button-balance = 💰 Saldo
home-button-services = 📋 Serviços
home-button-account = 🔑 Conta
home-button-settings = ⚙️ Definições
home-key-order = 🛒 Novo pedido
home-key-orders = 📦 Os meus pedidos
home-key-balance = 💰 Saldo
home-key-services = 📋 Serviços
home-account = 🔑 A sua conta em <b>{ $panel }</b> está ligada. /connect substitui a chave API; /disconnect remove-a.
home-settings-keyboard-on = ⌨️ Botões rápidos sob o chat: ligados
home-settings-keyboard-off = ⌨️ Botões rápidos sob o chat: desligados
home-keyboard-shown = ⌨️ Os botões rápidos voltaram para baixo do chat.
home-keyboard-hidden = ⌨️ Botões rápidos ocultos. Volte a ligá-los em /settings.
