# دستورهای سفارش: /status، /orders، /refill، /refills، /cancel و دکمه‌های سفارش.

## مشترک
orders-invalid-ids = ⚠️ نادیده گرفته شد، چون { $count ->
        [one] شناسه نیست
       *[other] شناسه نیستند
    } (شناسه فقط رقم است): { $tokens }
orders-invalid-more = و { $count } مورد دیگر
orders-too-many = شما { $count } شناسه فرستادید. در هر دستور حداکثر { $max } شناسه می‌پذیرم: لطفاً آن‌ها را در چند بخش بفرستید.
orders-refreshed = به‌روز شد.

## نتیجهٔ کوتاه برای یک شناسه
orders-item-unknown-order = ❓ در این حساب پیدا نشد
orders-item-unknown-refill = ❓ ریفیل در این حساب پیدا نشد
orders-item-unavailable = ⚠️ پنل پاسخ نداد، بعداً دوباره امتحان کنید
orders-item-rate-limited = ⏳ پنل درخواست‌ها را محدود کرده است، یک دقیقهٔ دیگر دوباره امتحان کنید
orders-item-unknown-outcome = ⚠️ پاسخی از پنل نیامد: شاید انجام شده باشد، قبل از تلاش دوباره بررسی کنید
orders-item-invalid-key = 🔑 پنل کلید API را رد کرد
orders-item-refill-disabled = ⛔ ریفیل برای این سرویس غیرفعال است
orders-item-refill-not-eligible = ⛔ (فعلاً) شرایط ریفیل را ندارد
orders-item-refill-unsupported = ⛔ این پنل ریفیل ارائه نمی‌دهد
orders-item-cancel-disabled = ⛔ لغو برای این سرویس غیرفعال است
orders-item-cancel-refused = ⛔ این سفارش دیگر قابل لغو نیست
orders-item-cancel-unsupported = ⛔ این پنل امکان لغو سفارش ندارد
orders-item-refused = ⛔ پنل رد کرد: { $detail }
orders-item-refused-plain = ⛔ پنل رد کرد
orders-item-error = ⚠️ مشکلی پیش آمد، لطفاً دوباره امتحان کنید

## دکمه‌های کارت سفارش
orders-button-refresh = 🔄 به‌روزرسانی
orders-button-refill = 🔁 ریفیل
orders-button-cancel = ✖️ لغو سفارش
orders-button-cancel-confirm = بله، سفارش { $id } لغو شود
orders-button-cancel-keep = نه، بماند
orders-cancel-ask-one = سفارش { $id } لغو شود؟ برای تأیید «بله» را بزنید.

## /status
orders-status-usage =
    بعد از دستور، یک یا چند شناسهٔ سفارش بفرستید، مثلاً:
    <code>/status 23501</code>
    <code>/status 23501, 23502 23503</code>
    شناسه‌ها را با فاصله، ویرگول یا خط جدید جدا کنید (حداکثر { $max }).
orders-status-unknown = ❓ سفارش <code>{ $id }</code> در این حساب پیدا نشد.
orders-status-header = 📋 وضعیت { $count } سفارش:

## /orders
orders-list-empty =
    هنوز هیچ سفارشی در این چت پیگیری نمی‌شود.
    با /order سفارش ثبت کنید، یا سفارش‌هایی را که در سایت پنل ثبت کرده‌اید با <code>/track ID</code> پیگیری کنید.
orders-list-title = 📋 <b>سفارش‌ها</b> { $from }–{ $to } از { $total }
orders-list-not-checked = 🕓 هنوز بررسی نشده
orders-list-fresh = 🔄 همین الان با پنل بررسی شد.
orders-list-refresh-failed = بررسی با پنل ممکن نشد: { $reason }
orders-button-prev = ◀ جدیدتر
orders-button-next = قدیمی‌تر ▶
orders-button-refresh-page = 🔄 به‌روزرسانی
orders-button-details = 📦 { $id }

## /refill و /refills
orders-refill-usage =
    شناسهٔ سفارش‌هایی را که ریفیل می‌خواهند بفرستید، مثلاً:
    <code>/refill 23501</code> یا <code>/refill 23501 23502</code>
    بعداً وضعیت ریفیل را با <code>/refills REFILL_ID</code> بررسی کنید.
orders-refill-created = 🔁 ریفیل <code>{ $refill }</code> درخواست شد
orders-refill-done-one = 🔁 ریفیل { $refill } برای سفارش { $id } درخواست شد. با /refills { $refill } بررسی‌اش کنید.
orders-refill-failed-one = سفارش { $id }: { $reason }
orders-refill-header = 🔁 درخواست ریفیل برای { $count } سفارش:
orders-refill-summary = { $created } ریفیل از { $count } درخواست شد. با /refills بررسی‌شان کنید.
orders-refills-usage =
    بعد از دستور، شناسهٔ ریفیل‌ها را بفرستید، مثلاً:
    <code>/refills 7</code> یا <code>/refills 7 8 9</code>
orders-refills-one = 🔁 <b>ریفیل { $id }</b>
    { $status }
orders-refills-unknown = ❓ ریفیل <code>{ $id }</code> در این حساب پیدا نشد.
orders-refills-header = 🔁 وضعیت { $count } ریفیل:

## /cancel
orders-cancel-usage =
    شناسهٔ سفارش‌هایی را که می‌خواهید لغو شوند بفرستید، مثلاً:
    <code>/cancel 23501</code> یا <code>/cancel 23501 23502</code>
    قبل از لغو هر چیزی از شما تأیید می‌گیرم. (وقتی یک گفتگوی مرحله‌به‌مرحله باز است، /cancel آن را می‌بندد.)
orders-cancel-confirm =
    { $count ->
        [one] این سفارش
       *[other] این { $count } سفارش
    } لغو شود؟ { $ids }
    همهٔ سرویس‌ها قابل لغو نیستند؛ پنل برای هر سفارش جداگانه تصمیم می‌گیرد.
orders-cancel-yes = { $count ->
        [one] بله، 1 سفارش لغو شود
       *[other] بله، { $count } سفارش لغو شود
    }
orders-cancel-no = نه
orders-cancel-kept = چیزی لغو نشد.
orders-cancel-ok = ✅ لغو درخواست شد
orders-cancel-done-one = ✅ لغو سفارش { $id } درخواست شد.
orders-cancel-failed-one = سفارش { $id }: { $reason }
orders-cancel-header = ✖️ درخواست لغو برای { $count } سفارش:
orders-list-account-gone = (حساب آن دیگر وصل نیست)
