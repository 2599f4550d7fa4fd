# The home screen, its buttons and the quick-buttons keyboard.
home-title =
    🏠 <b>Home</b> · { $panel }
    What would you like to do?
home-title-new =
    🏠 <b>Home</b>
    Connect your panel account to start ordering.
home-button = 🏠 Home
home-button-connect = 🔌 Connect a panel
home-button-help = ❓ Help
home-button-order = 🛒 New order
home-button-orders = 📦 My orders
home-button-balance = 💰 Balance
home-button-services = 📋 Services
home-button-account = 🔑 Account
home-button-settings = ⚙️ Settings
home-key-order = 🛒 New order
home-key-orders = 📦 My orders
home-key-balance = 💰 Balance
home-key-services = 📋 Services
home-account = 🔑 Your account on <b>{ $panel }</b> is connected. /connect replaces the API key; /disconnect removes it.
home-settings-keyboard-on = ⌨️ Quick buttons under the chat: on
home-settings-keyboard-off = ⌨️ Quick buttons under the chat: off
home-keyboard-shown = ⌨️ The quick buttons are back under the chat.
home-keyboard-hidden = ⌨️ Quick buttons hidden. Switch them on again in /settings.
