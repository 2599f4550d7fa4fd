# The home screen, its buttons and the quick-buttons keyboard.
home-title =
    🏠 <b>الرئيسية</b> · { $panel }
    ماذا تريد أن تفعل؟
home-title-new =
    🏠 <b>الرئيسية</b>
    اربط حسابك في اللوحة لتبدأ الطلب.
home-button = 🏠 الرئيسية
home-button-connect = 🔌 اربط لوحة
home-button-help = ❓ مساعدة
home-button-order = 🛒 طلب جديد
home-button-orders = 📦 طلباتي
home-button-balance = 💰 الرصيد
home-button-services = 📋 الخدمات
home-button-account = 🔑 الحساب
home-button-settings = ⚙️ الإعدادات
home-key-order = 🛒 طلب جديد
home-key-orders = 📦 طلباتي
home-key-balance = 💰 الرصيد
home-key-services = 📋 الخدمات
home-account = 🔑 حسابك على <b>{ $panel }</b> متصل. ‏/connect يستبدل مفتاح API، و‏/disconnect يزيله.
home-settings-keyboard-on = ⌨️ الأزرار السريعة أسفل المحادثة: مفعّلة
home-settings-keyboard-off = ⌨️ الأزرار السريعة أسفل المحادثة: معطّلة
home-keyboard-shown = ⌨️ عادت الأزرار السريعة أسفل المحادثة.
home-keyboard-hidden = ⌨️ أُخفيت الأزرار السريعة. فعّلها مجددًا من /settings.
