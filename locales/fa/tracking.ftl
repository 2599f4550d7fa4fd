# پیگیری سفارش: /track، /untrack، /settings و اعلان‌های تغییر وضعیت.

## اعلان‌ها (HTML)
tracking-notify-title = 🔔 <b>{ $count ->
        [one] { $count } سفارش تغییر کرد
       *[other] { $count } سفارش تغییر کرد
    }</b>
tracking-notify-progress = 📈 به‌روزرسانی پیشرفت
tracking-notify-part = پیام { $part } از { $parts }
tracking-notify-open-orders = برای دیدن و مدیریت همه، /orders را باز کنید.
tracking-refill-card = ♻️ <b>ریفیل { $id }</b> · سفارش { $order }
tracking-button-refresh = 🔄 { $id }
tracking-button-refill = 🔁 ریفیل { $id }
tracking-button-cancel = ✖️ لغو { $id }
tracking-button-refill-refresh = 🔄 ریفیل { $id }
tracking-reconnect-rejected = ⚠️ پنل { $panel } دیگر کلید API متصل را نمی‌پذیرد (کلید تغییر کرده یا لغو شده، یا حساب مسدود شده است)، بنابراین پیگیری سفارش‌هایی را که با آن بررسی می‌کنم متوقف کردم. با /connect یک کلید معتبر وصل کنید تا پیگیری ادامه پیدا کند.
tracking-reconnect-undecryptable = ⚠️ دیگر نمی‌توانم کلید API ذخیره‌شده برای پنل { $panel } را بخوانم (کلید رمزگذاری ربات تغییر کرده است)، بنابراین پیگیری سفارش‌هایی را که با آن بررسی می‌کنم متوقف کردم. با /connect کلید را دوباره وصل کنید تا پیگیری ادامه پیدا کند.

## /track و /untrack
tracking-track-usage =
    شناسهٔ سفارش‌هایی را که در سایت پنل ثبت کرده‌اید بفرستید، هر وقت وضعیتشان تغییر کند به شما خبر می‌دهم:
    <code>/track 23501</code>
    <code>/track 23501, 23502 23503</code>
    هر بار حداکثر { $max } شناسه. /untrack ID پیگیری را متوقف می‌کند.
tracking-untrack-usage =
    شناسهٔ سفارش‌هایی را که دیگر نمی‌خواهید پیگیری شوند بفرستید، مثلاً:
    <code>/untrack 23501 23502</code>
tracking-too-many = شما { $count } شناسه فرستادید. در هر دستور حداکثر { $max } شناسه می‌پذیرم: لطفاً آن‌ها را در چند بخش بفرستید.
tracking-not-ids = ⚠️ شناسهٔ سفارش نیست (شناسه فقط رقم است): { $tokens }
tracking-track-title = <b>پیگیری</b>
tracking-untrack-title = <b>توقف پیگیری</b>
tracking-item-tracked = ✅ <code>{ $id }</code> — { $status }: هر وقت وضعیتش تغییر کند خبرتان می‌کنم.
tracking-item-tracked-final = ☑️ <code>{ $id }</code> — { $status }: قبلاً تمام شده است، به /orders اضافه شد ولی پیگیری نمی‌شود.
tracking-item-already = ℹ️ <code>{ $id }</code> از قبل اینجا پیگیری می‌شود.
tracking-item-unknown = ❓ <code>{ $id }</code> — در این حساب پیدا نشد، پیگیری نمی‌شود.
tracking-item-unavailable = ⚠️ <code>{ $id }</code> — پنل پاسخ نداد، پیگیری نمی‌شود. لطفاً بعداً دوباره امتحان کنید.
tracking-item-error = ⚠️ <code>{ $id }</code> — بررسی ممکن نشد ({ $reason })، پیگیری نمی‌شود.
tracking-item-untracked = ✅ <code>{ $id }</code> — دیگر پیگیری نمی‌شود.
tracking-item-not-tracked = ℹ️ <code>{ $id }</code> — اینجا پیگیری نمی‌شد.

## /settings
tracking-settings-title =
    ⚙️ <b>تنظیمات</b>
    اعلان‌ها وقتی وضعیت یک سفارش پیگیری‌شده تغییر کند به شما خبر می‌دهند. به‌روزرسانی‌های پیشرفت وقتی تعداد اولیه یا مقدار باقی‌مانده تغییر کند هم خبر می‌دهند.
tracking-settings-notifications-on = 🔔 اعلان‌ها: روشن
tracking-settings-notifications-off = 🔕 اعلان‌ها: خاموش
tracking-settings-progress-on = 📈 به‌روزرسانی پیشرفت: روشن
tracking-settings-progress-off = 📉 به‌روزرسانی پیشرفت: خاموش
tracking-settings-saved = ذخیره شد.
tracking-settings-private-only = در گروه‌ها، ادمین‌ها از /notifications on یا /notifications off استفاده می‌کنند. برای /settings شخصی خود، چت خصوصی‌مان را باز کنید.
