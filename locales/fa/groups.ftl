# گروه‌ها: معرفی، قوانین مخصوص ادمین‌ها، وصل کردن حساب پنل گروه، اعلان‌ها.
groups-intro =
    👋 سلام، من @{ $bot } هستم! به این گروه کمک می‌کنم سفارش‌های پنل SMM خود را پیگیری کند.
    ادمین‌ها: حساب پنل گروه را با /connect وصل کنید (کلید API در چت خصوصی فرستاده می‌شود، هرگز اینجا)، سپس از /order، /balance، /track، /refill، /cancel، /notifications on|off و /language استفاده کنید.
    همه: /status ID، /orders، /refills ID و /help.
groups-admins-only = 🔒 متأسفم، اینجا فقط ادمین‌های گروه می‌توانند از { $command } استفاده کنند.
groups-button-admins-only = 🔒 این دکمه مخصوص ادمین‌های گروه است.
groups-button-not-yours = ✋ این سفارش را کاربر دیگری شروع کرده است. اگر لازم دارید، سفارش خودتان را شروع کنید.
groups-connect-link = 🔐 برای امنیت، هرگز در گروه‌ها کلید API نمی‌خواهم. روی دکمه بزنید تا حساب پنل این گروه را در چت خصوصی‌مان وصل کنید. این لینک فقط برای ادمین‌های گروه کار می‌کند و یک ساعت بعد منقضی می‌شود.
groups-connect-button = 🔐 وصل کردن در چت خصوصی
groups-link-invalid = این لینک معتبر نیست. برای گرفتن لینک جدید، دوباره در گروه /connect را بفرستید.
groups-link-expired = این لینک منقضی شده است. برای گرفتن لینک جدید، دوباره در گروه /connect را بفرستید.
groups-link-not-admin = فقط ادمین‌های آن گروه می‌توانند حساب پنل آن را وصل کنند.
groups-link-no-access = دیگر به آن گروه دسترسی ندارم. دوباره مرا به گروه اضافه کنید و بعد آنجا /connect را بفرستید.
groups-unnamed = گروه شما
groups-linked-notice = 🔗 { $admin } این گروه را به حساب پنلش در { $panel } وصل کرد. کلید API خصوصی می‌ماند.
groups-linked-notice-anonymous = 🔗 یکی از ادمین‌ها این گروه را به حساب پنلش در { $panel } وصل کرد. کلید API خصوصی می‌ماند.
groups-notifications-on = 🔔 اعلان‌های سفارش‌های این گروه روشن است.
groups-notifications-off = 🔕 اعلان‌های سفارش‌های این گروه خاموش است.
groups-notifications-usage =
    اعلان‌های سفارش‌های این گروه { $state ->
        [on] روشن
       *[off] خاموش
    } است.
    برای تغییر آن از /notifications { $on } یا /notifications { $off } استفاده کنید.
# Words /notifications accepts, comma-separated; the first one is shown in /help and the usage.
groups-notifications-words-on = روشن, بله
groups-notifications-words-off = خاموش, نه
