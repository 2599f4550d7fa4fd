# کلمات، دکمه‌ها و خطاهای مشترک.
button-cancel = ✖️ لغو
button-back = ⬅️ بازگشت
button-expired = این دکمه منقضی شده است. لطفاً دوباره شروع کنید.
conversation-cancelled = لغو شد. چیزی تغییر نکرد.
conversation-send-text = لطفاً یک پیام متنی بفرستید، یا /cancel.
unknown-command = این دستور را نمی‌شناسم. /help کارهایی را که از من برمی‌آید نشان می‌دهد.
start-hint = /help را بفرستید تا ببینید چه کارهایی از من برمی‌آید.
error-generic = مشکلی از طرف من پیش آمد. لطفاً کمی بعد دوباره امتحان کنید.

account-missing = هنوز هیچ حساب پنلی وصل نکرده‌اید. برای افزودن کلید API خود /connect را بفرستید.
account-missing-group = این گروه هنوز حساب پنل ندارد. یکی از ادمین‌های گروه می‌تواند با /connect حسابی وصل کند.

panel-error-invalid-key = پنل کلید API را رد کرد. با /connect یک کلید معتبر وصل کنید.
panel-error-funds = موجودی حساب شما در پنل کافی نیست.
panel-error-unknown-order = پنل این شناسهٔ سفارش را نمی‌شناسد.
panel-error-unknown-refill = پنل این شناسهٔ ریفیل را نمی‌شناسد.
panel-error-rate-limited = پنل فعلاً درخواست‌ها را محدود کرده است. لطفاً یک دقیقهٔ دیگر دوباره امتحان کنید.
panel-error-unavailable = پنل فعلاً در دسترس نیست. لطفاً بعداً دوباره امتحان کنید.
panel-error-unknown-outcome = پنل به‌موقع پاسخ نداد، پس نتیجه معلوم نیست. قبل از تلاش دوباره، با /orders یا /status بررسی کنید.
panel-error-invalid-input = پنل درخواست را نامعتبر دانست و رد کرد.
panel-error-invalid-input-detail = پنل درخواست را رد کرد: { $detail }

# منوی دستورها
cmd-start = شروع و نمای کلی
cmd-help = راهنما و فهرست کارهای ربات
cmd-connect = وصل کردن کلید API پنل
cmd-disconnect = حذف کلید API وصل‌شده
cmd-balance = نمایش موجودی پنل
cmd-services = مرور یا جستجوی سرویس‌ها
cmd-order = ثبت سفارش جدید
cmd-orders = نمایش سفارش‌ها و وضعیتشان
cmd-status = وضعیت سفارش‌ها با شناسه
cmd-refill = درخواست ریفیل برای سفارش‌ها
cmd-refills = وضعیت ریفیل‌ها با شناسه
cmd-cancel = لغو سفارش‌ها
cmd-track = پیگیری سفارش‌های ثبت‌شده در سایت پنل
cmd-untrack = توقف پیگیری سفارش‌ها
cmd-settings = تنظیمات اعلان‌ها
cmd-notifications = روشن یا خاموش کردن اعلان‌های گروه
cmd-language = تغییر زبان
rate-limited = خیلی سریع پیام می‌فرستید. لطفاً قبل از درخواست بعدی کمی صبر کنید.
fallback-key-deleted = این پیام شبیه کلید API بود، برای همین آن را پاک کردم تا امن بماند. برای وصل کردن کلید، اول /connect را بفرستید و بعد کلید را.
