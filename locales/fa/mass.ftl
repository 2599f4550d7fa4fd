# /mass: many orders at once.
cmd-mass = چند سفارش با هم (در هر خط سرویس | پیوند | تعداد)
mass-usage =
    📑 <b>سفارش گروهی</b>: تا { $max } خط بفرستید، در هر خط یک سفارش:
    <code>سرویس | پیوند | تعداد</code>
    مثلاً <code>1448 | https://instagram.com/p/abc | 1000</code>. فاصله، ویرگول یا نقطه‌ویرگول هم کار می‌کند. هر خط را بررسی می‌کنم و پیش از ثبت هر چیزی جمع کل را نشان می‌دهم.
mass-reason-format = قالب درست: سرویس | پیوند | تعداد
mass-reason-unknown-service = سرویس { $id } در این پنل نیست
mass-reason-needs-fields = سرویس نوع { $type } اطلاعات بیشتری لازم دارد: از /order استفاده کنید
mass-reason-bad-link = پیوند درست به نظر نمی‌رسد
mass-reason-bad-quantity = تعداد عدد صحیح نیست
mass-reason-quantity-range = تعداد باید { $min }–{ $max } باشد
mass-reason-invalid = پنل این خط را نمی‌پذیرد
mass-preview-title = 📑 <b>سفارش گروهی</b> · { $valid } آماده، { $refused } رد شده
mass-line-ok = ✅ { $n }. <code>{ $id }</code> · { $quantity } · { $link } · { $price }
mass-line-refused = ❌ { $n }. { $text } — { $reason }
mass-preview-total = 💵 جمع کل: <b>{ $price }</b>
mass-over = ⚠️ { $count } خط دیگر نادیده گرفته شد (حداکثر { $max }).
mass-none-valid = هیچ خطی قابل سفارش نیست. اصلاحشان کنید و دوباره /mass بفرستید.
mass-button-confirm = ✅ ثبت { $count } سفارش
mass-progress = ⏳ در حال ثبت سفارش‌ها: { $done } از { $count }…
mass-progress-resumed = ⏳ ادامه: خط‌های فرستاده‌شده دوباره فرستاده نمی‌شوند ({ $count } خط)…
mass-progress-done = ✅ تمام شد: { $placed } از { $count } سفارش ثبت شد.
mass-result-title = 📑 <b>نتیجهٔ سفارش گروهی</b> · { $placed } از { $count } خط ثبت شد
mass-result-placed = { $n }. ✅ سفارش <code>{ $id }</code>
mass-result-refused = { $n }. ❌ { $reason }
mass-result-failed = { $n }. ❌ ثبت نشد: { $reason }
mass-result-unknown = { $n }. ❓ پنل پاسخی نداد — پیش از سفارش دوباره /orders را ببینید
mass-result-not-sent = { $n }. ⏸ فرستاده نشد
mass-already-confirmed = این سفارش‌ها در حال ثبت هستند.
mass-already-done = قبلاً ثبت شده؛ چیزی دوباره فرستاده نشد. این هم نتیجه.
mass-cancelled = سفارش گروهی لغو شد. چیزی سفارش داده نشد.
