cmd-accounts = حساب‌های پنل شما: جابه‌جایی، تغییر نام، قطع اتصال
accounts-title = 👤 <b>حساب‌های پنل شما</b> ({ $count })
accounts-title-group = 👤 <b>حساب‌های پنل این گروه</b> ({ $count })
accounts-none = هنوز هیچ حساب پنلی وصل نکرده‌اید. با دکمهٔ زیر یا /connect یکی اضافه کنید.
accounts-none-group = هنوز هیچ حساب پنلی به این گروه وصل نشده است. یکی از ادمین‌ها می‌تواند با دکمهٔ زیر یا /connect یکی اضافه کند.
accounts-balance = 💰 { $balance }
accounts-balance-unavailable = 💰 موجودی در دسترس نیست: { $reason }
accounts-unreadable = ⚠️ باید دوباره وصل شود: کلیدش را با /connect دوباره وصل کنید
accounts-active-hint = ✅ حساب فعال را نشان می‌دهد: /balance، /services، /order، /status، /track، /refill و /cancel از آن استفاده می‌کنند. هر سفارش به همان حسابی وابسته می‌ماند که با آن ثبت یا پیگیری شده است.
accounts-button-use = ▫️ استفاده از { $name }
accounts-button-active = ✅ { $name }
accounts-button-rename = ✏️ تغییر نام
accounts-button-disconnect = ❌ قطع اتصال
accounts-button-add = ➕ افزودن حساب
accounts-button-refresh = 🔄 به‌روزرسانی
accounts-switched = اکنون از { $name } استفاده می‌شود.
accounts-rename-ask = ✏️ یک نام جدید برای { $name } بفرستید (حداکثر { $max } نویسه)، یا «-» را بفرستید تا دوباره نام پنل نمایش داده شود.
accounts-renamed = ✅ نام جدید: <b>{ $name }</b>. /accounts را ببینید.
accounts-rename-cleared = ✅ حساب دوباره نام پنل خود را نشان می‌دهد. /accounts را ببینید.
accounts-rename-too-long = لطفاً نامی بین 1 تا { $max } نویسه بفرستید، یا «-».
accounts-disconnect-confirm = اتصال <b>{ $name }</b> قطع شود؟ { $orders ->
    [0] هیچ سفارشی با آن پیگیری نمی‌شود.
    [one] سفارشی که با آن پیگیری می‌شود دیگر پیگیری نخواهد شد.
   *[other] { $orders } سفارشی که با آن پیگیری می‌شوند دیگر پیگیری نخواهند شد.
}
accounts-disconnect-yes = ❌ بله، قطع اتصال
accounts-disconnect-no = نه، بماند
accounts-disconnected = ✅ اتصال <b>{ $name }</b> قطع شد و کلیدش حذف شد. { $orders ->
    [0] {""}
    [one] 1 سفارش دیگر پیگیری نمی‌شود.
   *[other] { $orders } سفارش دیگر پیگیری نمی‌شود.
}
accounts-too-many = شما هم‌اکنون { $max } حساب دارید: ابتدا در /accounts اتصال یکی را قطع کنید.
accounts-now-active = اکنون این حساب فعال شماست ({ $count } حساب وصل است): در /accounts بین آن‌ها جابه‌جا شوید یا نامشان را تغییر دهید.
accounts-found-on = با حساب { $name } شما پیدا شد.
accounts-order-account = 👤 { $name }
