# The home screen, its buttons and the quick-buttons keyboard.
home-title =
    🏠 <b>Bosh sahifa</b> · { $panel }
    Nima qilmoqchisiz?
home-title-new =
    🏠 <b>Bosh sahifa</b>
    Buyurtma berishni boshlash uchun panel hisobingizni ulang.
home-button = 🏠 Bosh sahifa
home-button-connect = 🔌 Panelni ulash
home-button-help = ❓ Yordam
home-button-order = 🛒 Yangi buyurtma
home-button-orders = 📦 Buyurtmalarim
home-button-balance = 💰 Balans
home-button-services = 📋 Xizmatlar
home-button-account = 🔑 Hisob
home-button-settings = ⚙️ Sozlamalar
home-key-order = 🛒 Yangi buyurtma
home-key-orders = 📦 Buyurtmalarim
home-key-balance = 💰 Balans
home-key-services = 📋 Xizmatlar
home-account = 🔑 <b>{ $panel }</b> dagi hisobingiz ulangan. /connect API kalitini almashtiradi; /disconnect uni o'chiradi.
home-settings-keyboard-on = ⌨️ Chat ostidagi tezkor tugmalar: yoqilgan
home-settings-keyboard-off = ⌨️ Chat ostidagi tezkor tugmalar: o'chirilgan
home-keyboard-shown = ⌨️ Tezkor tugmalar yana chat ostida.
home-keyboard-hidden = ⌨️ Tezkor tugmalar yashirildi. Ularni /settings da qayta yoqing.
