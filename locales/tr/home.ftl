# The home screen, its buttons and the quick-buttons keyboard.
home-title =
    🏠 <b>Ana sayfa</b> · { $panel }
    Ne yapmak istersiniz?
home-title-new =
    🏠 <b>Ana sayfa</b>
    Sipariş vermeye başlamak için panel hesabınızı bağlayın.
home-button = 🏠 Ana sayfa
home-button-connect = 🔌 Panel bağla
home-button-help = ❓ Yardım
home-button-order = 🛒 Yeni sipariş
home-button-orders = 📦 Siparişlerim
home-button-balance = 💰 Bakiye
home-button-services = 📋 Hizmetler
home-button-account = 🔑 Hesap
home-button-settings = ⚙️ Ayarlar
home-key-order = 🛒 Yeni sipariş
home-key-orders = 📦 Siparişlerim
home-key-balance = 💰 Bakiye
home-key-services = 📋 Hizmetler
home-account = 🔑 <b>{ $panel }</b> üzerindeki hesabınız bağlı. /connect API anahtarını değiştirir; /disconnect kaldırır.
home-settings-keyboard-on = ⌨️ Sohbet altındaki hızlı düğmeler: açık
home-settings-keyboard-off = ⌨️ Sohbet altındaki hızlı düğmeler: kapalı
home-keyboard-shown = ⌨️ Hızlı düğmeler yeniden sohbetin altında.
home-keyboard-hidden = ⌨️ Hızlı düğmeler gizlendi. /settings içinden yeniden açabilirsiniz.
