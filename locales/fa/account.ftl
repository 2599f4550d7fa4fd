start-welcome = 👋 سلام { $name }! من حساب پنل SMM شما را از همین تلگرام مدیریت می‌کنم: موجودی، سرویس‌ها، سفارش‌ها، ریفیل و لغو — و هر وقت وضعیت سفارشی تغییر کند، به شما خبر می‌دهم.
start-next-connect = اول کلید API پنل خود را با /connect وصل کنید (آن را در صفحهٔ API پنل پیدا می‌کنید). بعد /balance، /services یا /order را امتحان کنید. /help همهٔ دستورها را نشان می‌دهد.
start-connected = حساب شما در { $panel } وصل است. /balance، /services، /order یا /orders را امتحان کنید. /help همهٔ دستورها را نشان می‌دهد.
start-group = 👋 سلام! من به این گروه کمک می‌کنم سفارش‌های پنل SMM خود را پیگیری کند. یکی از ادمین‌ها می‌تواند با /connect حساب پنل را وصل کند؛ /help دستورها را نشان می‌دهد.
help =
    کارهایی که از من برمی‌آید:
    /connect — وصل کردن کلید API پنل (یا /setkey)
    /disconnect — حذف کلید
    /balance — موجودی شما
    /services — مرور سرویس‌ها؛ /services متن برای جستجو
    /order — ثبت سفارش مرحله به مرحله
    /orders — سفارش‌های شما و وضعیتشان
    /status ID … — وضعیت یک یا چند سفارش
    /refill ID … — درخواست ریفیل؛ /refills ID … — وضعیت ریفیل
    /cancel ID … — لغو سفارش‌ها
    /track ID … و /untrack ID … — پیگیری سفارش‌هایی که در سایت پنل ثبت شده‌اند
    /settings — اعلان‌ها
    /language — تغییر زبان
    حالت اینلاین: در هر چتی @{ $bot } 23501 را تایپ کنید تا وضعیت سفارش نمایش داده شود.
help-group =
    در این گروه:
    همه: /status ID، /orders، /help
    ادمین‌ها: /connect، /disconnect، /balance، /order، /track، /untrack، /refill، /cancel، /notifications on|off، /language

connect-choose-panel = حساب شما در کدام پنل است؟
connect-panel-chosen = پنل: { $panel }
connect-ask-key = 🔑 کلید API خود در { $panel } را برایم بفرستید. آن را در صفحهٔ API پنل پیدا می‌کنید. پیام شما را بلافاصله بعد از خواندن پاک می‌کنم و کلید را رمزگذاری‌شده ذخیره می‌کنم.
connect-ask-key-group = 🔑 کلید API در { $panel } را که گروه «{ $group }» باید از آن استفاده کند، برایم بفرستید. پیام شما را بلافاصله بعد از خواندن پاک می‌کنم و کلید را رمزگذاری‌شده ذخیره می‌کنم. اعضای گروه هرگز آن را نمی‌بینند.
connect-key-malformed = این شبیه کلید API نیست (یک کلمه، بدون فاصله). لطفاً کلید را دوباره بفرستید، یا /cancel.
connect-key-rejected = ❌ پنل این کلید را نپذیرفت. آن را در صفحهٔ API پنل بررسی کنید و دوباره بفرستید، یا /cancel. کلید ذخیره نشد.
connect-try-again = برای تلاش دوباره، کلید را دوباره بفرستید، یا /cancel. کلید ذخیره نشد.
connect-done = ✅ به { $panel } وصل شد. موجودی: { $balance }.
connect-done-group = ✅ گروه «{ $group }» اکنون به { $panel } وصل است. موجودی: { $balance }.
disconnect-done = کلید API شما حذف شد. هر وقت خواستید، با /connect دوباره وصل شوید.
disconnect-done-group = کلید API گروه حذف شد.
disconnect-none = هیچ کلید API وصلی وجود ندارد.

balance = 💰 موجودی در { $panel }: { $balance }

language-choose = زبان را انتخاب کنید:
language-set = ✅ زبان روی فارسی تنظیم شد.
