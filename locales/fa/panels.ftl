## /connect → ➕ پنل دیگر: هر پنلی با API v2، با نشانی‌اش
button-other-panel = ➕ پنل دیگر
connect-ask-address = 🌐 نشانی پنل خود را بفرستید، مثلاً smmpanel.com یا https://smmpanel.com/api/v2. API آن را خودم پیدا می‌کنم.
connect-panel-found = API پنل پیدا شد: { $url }
connect-address-refused-malformed = این یک نشانی وب نیست. آن را به شکل smmpanel.com یا https://smmpanel.com/api/v2 بفرستید، یا /cancel.
connect-address-refused-scheme = فقط نشانی‌های امن https مجاز است. نشانی https پنل را بفرستید، یا /cancel.
connect-address-refused-credentials = نشانی نباید نام کاربری یا گذرواژه داشته باشد. آن را بدون آن‌ها بفرستید، یا /cancel.
connect-address-refused-port = این پورت مجاز نیست: پنل‌ها از پورت‌های استاندارد وب در دسترس‌اند. نشانی را بدون پورت بفرستید، یا /cancel.
connect-address-refused-denied = گرداننده‌ی بات این پنل را مسدود کرده است. نشانی دیگری بفرستید، یا /cancel.
connect-address-refused-not-allowed = گرداننده‌ی بات فقط برخی پنل‌ها را مجاز کرده و این پنل جزو آن‌ها نیست. نشانی دیگری بفرستید، یا /cancel.
connect-address-refused-disabled = پنل‌های دیگر در این بات خاموش هستند. برای انتخاب یکی از پنل‌های آن، /connect را بفرستید.
connect-address-refused-private = این نشانی به یک شبکه‌ی خصوصی یا داخلی می‌رسد، نه به یک پنل عمومی. نشانی عمومی پنل را بفرستید، یا /cancel.
connect-address-refused-unresolved = چنین نشانی‌ای وجود ندارد (دامنه پیدا نشد). املای آن را بررسی کنید و دوباره بفرستید، یا /cancel.
connect-no-api = به { $host } رسیدم، اما آنجا API پنل را پیدا نکردم. نشانی کامل API را از صفحه‌ی API پنل بفرستید (مثلاً https://smmpanel.com/api/v2)، یا /cancel.
connect-unreachable = به { $host } نرسیدم (پاسخی نیامد، یا محافظ آن جلوی مرا گرفت). برای تلاش دوباره، نشانی را باز هم بفرستید، یا /cancel.
