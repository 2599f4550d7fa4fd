# The home screen, its buttons and the quick-buttons keyboard.
home-title =
    🏠 <b>خانه</b> · { $panel }
    چه کاری می‌خواهید انجام دهید؟
home-title-new =
    🏠 <b>خانه</b>
    برای شروع سفارش، حساب پنل خود را متصل کنید.
home-button = 🏠 خانه
home-button-connect = 🔌 اتصال پنل
home-button-help = ❓ راهنما
home-button-order = 🛒 سفارش جدید
home-button-orders = 📦 سفارش‌های من
home-button-balance = 💰 موجودی
home-button-services = 📋 سرویس‌ها
home-button-account = 🔑 حساب
home-button-settings = ⚙️ تنظیمات
home-key-order = 🛒 سفارش جدید
home-key-orders = 📦 سفارش‌های من
home-key-balance = 💰 موجودی
home-key-services = 📋 سرویس‌ها
home-account = 🔑 حساب شما در <b>{ $panel }</b> متصل است. ‏/connect کلید API را عوض می‌کند و ‏/disconnect آن را حذف می‌کند.
home-settings-keyboard-on = ⌨️ دکمه‌های سریع زیر گفتگو: روشن
home-settings-keyboard-off = ⌨️ دکمه‌های سریع زیر گفتگو: خاموش
home-keyboard-shown = ⌨️ دکمه‌های سریع دوباره زیر گفتگو هستند.
home-keyboard-hidden = ⌨️ دکمه‌های سریع پنهان شدند. در /settings دوباره روشنشان کنید.
