# /order: ویزارد ثبت سفارش.
order-usage = برای انتخاب مرحله به مرحلهٔ سرویس /order را بفرستید، یا برای سفارش یک سرویس با شناسه‌اش /order ID را.
order-choose-category = 🛒 <b>سفارش جدید</b> · یک دسته‌بندی انتخاب کنید ({ $count })، یا برای جستجوی سرویس‌ها کلمه‌ای بنویسید.
order-choose-service = یک سرویس انتخاب کنید، یا برای جستجو کلمه‌ای بنویسید.
order-button-categories = ⬅️ دسته‌بندی‌ها
order-no-services = پنل فعلاً هیچ سرویسی ندارد، پس چیزی برای سفارش نیست.
order-use-buttons = لطفاً از دکمه‌های بالا استفاده کنید، یا /cancel.
order-search-none = چیزی با «{ $query }» پیدا نشد. کلمهٔ دیگری بنویسید، یا از بالا یک دسته‌بندی انتخاب کنید.
order-old-step = این دکمه مربوط به مرحلهٔ قبلی است. لطفاً به آخرین سؤال جواب دهید.
order-service-gone = پنل دیگر این سرویس را ارائه نمی‌دهد. لطفاً سرویس دیگری انتخاب کنید.
order-service-chosen =
    🛒 <b>{ $name }</b> (شناسه { $id })
    { $rate } · تعداد { $min }–{ $max }
order-service-chosen-per-post =
    🛒 <b>{ $name }</b> (شناسه { $id })
    { $rate } · تعداد برای هر پست { $min }–{ $max }
order-service-refused = پنل فعلاً برای این سرویس سفارش نمی‌پذیرد. با /order سرویس دیگری انتخاب کنید.

# سؤال‌ها
order-ask-link = 🔗 لینک را بفرستید (مثلاً { $example }).
order-ask-quantity = 🔢 چه تعداد؟ عددی از { $min } تا { $max } بفرستید.
order-ask-runs = 💧 در چند مرحله ارسال شود؟ (عدد صحیح، مثلاً 5)
order-ask-interval = ⏱ فاصلهٔ بین مرحله‌ها چند دقیقه باشد؟ (عدد صحیح، مثلاً 30)
order-ask-keywords = 🔑 کلمات کلیدی را بفرستید، هر کدام در یک خط.
order-ask-comments = 💬 کامنت‌ها را بفرستید، هر کدام در یک خط.
order-ask-comments-count = 💬 کامنت‌ها را بفرستید، هر کدام در یک خط: بین { $min } تا { $max } خط. تعداد سفارش همان تعداد خط‌هاست.
order-ask-usernames = 👤 نام‌های کاربری را بفرستید، هر کدام در یک خط.
order-ask-usernames-count = 👤 نام‌های کاربری را بفرستید، هر کدام در یک خط: بین { $min } تا { $max } خط. تعداد سفارش همان تعداد خط‌هاست.
order-ask-hashtags = #️⃣ هشتگ‌ها را بفرستید، هر کدام در یک خط.
order-ask-hashtag = #️⃣ هشتگ را بفرستید.
order-ask-username = 👤 نام کاربری را بفرستید.
order-ask-media = 🖼 لینک پستی را بفرستید که لایک‌کنندگانش باید منشن شوند.
order-ask-answer-number = 🗳 کدام گزینه رأی بگیرد؟ شمارهٔ آن را بفرستید (1 برای گزینهٔ اول).
order-ask-groups = 👥 گروه‌هایی را که باید از آن‌ها دعوت شود بفرستید، هر کدام در یک خط.
order-ask-min = ⬇️ حداقل برای هر پست؟ عددی از { $min } تا { $max } بفرستید.
order-ask-max = ⬆️ حداکثر برای هر پست؟ عددی از { $min } تا { $max } بفرستید که از حداقل کمتر نباشد.
order-ask-posts = 📝 برای چند پست جدید؟ عددی بفرستید، یا برای بدون محدودیت صرف‌نظر کنید.
order-ask-old-posts = 🗂 چند پست قبلی هم شامل شود؟ عددی بفرستید (0 یعنی هیچ‌کدام)، یا صرف‌نظر کنید.
order-ask-delay = ⏳ تأخیر بعد از انتشار پست جدید چقدر باشد؟
order-ask-expiry = 📅 تا چه تاریخی؟ تاریخ را به شکل روز/ماه/سال بفرستید (مثلاً 31/12/2026)، یا صرف‌نظر کنید.
order-ask-country = 🌍 بازدیدها از کدام کشور باشد؟ (مثلاً Iran یا IR)
order-ask-device = 💻 کدام دستگاه‌ها؟
order-ask-traffic-type = 🚦 چه نوع ترافیکی؟
order-ask-google-keyword = 🔎 بازدیدکنندگان چه کلمهٔ کلیدی را در گوگل جستجو کنند؟
order-ask-referring-url = 🔗 آدرس ارجاع‌دهنده را بفرستید (صفحه‌ای که بازدیدکنندگان از آن می‌آیند).
order-ask-dripfeed = 💧 این سفارش به‌تدریج ارسال شود (ارسال تدریجی)؟

# نام فیلدها
order-field-link = لینک
order-field-quantity = تعداد
order-field-runs = تعداد مرحله‌ها
order-field-interval = فاصله (دقیقه)
order-field-keywords = کلمات کلیدی
order-field-comments = کامنت‌ها
order-field-usernames = نام‌های کاربری
order-field-hashtags = هشتگ‌ها
order-field-hashtag = هشتگ
order-field-username = نام کاربری
order-field-media = لینک پست
order-field-answer-number = شمارهٔ گزینه
order-field-groups = گروه‌ها
order-field-min = حداقل برای هر پست
order-field-max = حداکثر برای هر پست
order-field-posts = پست‌های جدید
order-field-old-posts = پست‌های قبلی
order-field-delay = تأخیر
order-field-expiry = تاریخ پایان
order-field-country = کشور
order-field-device = دستگاه
order-field-traffic-type = نوع ترافیک
order-field-google-keyword = کلمهٔ کلیدی گوگل
order-field-referring-url = آدرس ارجاع‌دهنده
order-field-dripfeed = ارسال تدریجی

# گزینه‌ها
order-delay-none = بدون تأخیر
order-delay-minutes = { $n } دقیقه
order-device-desktop = 🖥 دسکتاپ
order-device-android = 🤖 اندروید
order-device-ios = 🍏 iOS
order-device-mixed-mobile = 📱 موبایل ترکیبی
order-device-mixed = 🔀 ترکیبی
order-traffic-google = 🔎 کلمهٔ کلیدی گوگل
order-traffic-referrer = 🔗 ارجاع‌دهندهٔ دلخواه
order-traffic-blank = ⬜ بدون ارجاع‌دهنده
order-button-skip = ⏭ صرف‌نظر
order-button-drip-yes = 💧 بله، تدریجی
order-button-drip-no = همه یک‌جا
order-skipped = { $field }: صرف‌نظر شد
order-chosen = { $field }: { $value }
order-dripfeed-yes = 💧 ارسال تدریجی: بله
order-dripfeed-no = ارسال تدریجی: نه، همه یک‌جا

# مشکل در پاسخ
order-send-again = لطفاً دوباره بفرستید، یا /cancel.
order-error-link = ❌ این لینک معتبر نیست. یک لینک کامل بفرستید، مثلاً https://instagram.com/p/abc123.
order-error-number = ❌ لطفاً یک عدد صحیح فقط با رقم بفرستید (مثلاً 1000).
order-error-too-big = ❌ این عدد خیلی بزرگ است.
order-error-quantity-range = ❌ تعداد باید بین { $min } و { $max } باشد.
order-error-lines-range = ❌ شما { $count } { $count ->
        [one] خط
       *[other] خط
    } فرستادید؛ این سرویس بین { $min } تا { $max } خط لازم دارد (هر مورد در یک خط).
order-error-lines-empty = ❌ لطفاً دست‌کم یک خط بفرستید.
order-error-range = ❌ عدد باید بین { $min } و { $max } باشد.
order-error-max-below-min = ❌ حداکثر نمی‌تواند از حداقل ({ $min }) کمتر باشد.
order-error-too-small = ❌ عدد باید دست‌کم { $min } باشد.
order-error-one-line = ❌ لطفاً فقط یک خط بفرستید.
order-error-date = ❌ لطفاً تاریخی بفرستید که گذشته نباشد، به شکل روز/ماه/سال (مثلاً 31/12/2026).
order-error-choice = ❌ لطفاً یکی از دکمه‌ها را انتخاب کنید.
order-error-empty = ❌ این نمی‌تواند خالی باشد.
order-error-invalid = ❌ «{ $field }» معتبر نیست.
order-recheck = بعضی پاسخ‌ها دیگر با هم جور نیستند، پس دوباره می‌پرسم: { $fields }.

# خلاصه
order-summary-title = 🧾 <b>لطفاً سفارش خود را بررسی کنید</b>
order-summary-service = سرویس: <b>{ $name }</b> (شناسه { $id })
order-summary-field = { $label }: { $value }
order-summary-lines = { $count } { $count ->
        [one] خط
       *[other] خط
    }
order-summary-more = … و { $count } مورد دیگر
order-number = { $n }
order-summary-drip = ارسال تدریجی: { $runs } مرحله، هر { $interval } دقیقه
order-summary-total = تعداد کل: { $total }
order-summary-price = 💵 قیمت: <b>{ $price }</b>
order-summary-price-max = 💵 قیمت: تا <b>{ $price }</b> (برای هر پست محاسبه می‌شود)
order-summary-price-per-post = 💵 قیمت: تا <b>{ $price }</b> برای هر پست
order-summary-price-unknown = 💵 قیمت: پنل تعیین می‌کند
order-summary-balance = 💰 موجودی: { $balance }
order-summary-balance-low = ⚠️ موجودی شما از قیمت کمتر است. اول حساب پنل را شارژ کنید، وگرنه پنل سفارش را رد می‌کند.
order-summary-balance-unknown = ⚠️ نتوانستم موجودی شما را بررسی کنم: { $reason }
order-button-confirm = ✅ تأیید
order-button-change = ✏️ ویرایش
order-change-which = کدام مورد را می‌خواهید تغییر دهید؟
order-confirm-hint = لطفاً زیر خلاصه، ✅ تأیید، ✏️ ویرایش یا ✖️ لغو را بزنید.

# نتیجه
order-placed = ✅ سفارش { $id } ثبت شد · { $price }
order-placed-no-price = ✅ سفارش { $id } ثبت شد.
order-placed-next = هر وقت وضعیتش تغییر کند به شما خبر می‌دهم. /orders سفارش‌های شما را نشان می‌دهد و /status { $id } همین سفارش را بررسی می‌کند.
order-unknown-outcome = ⚠️ پنل سفارش را تأیید نکرد، پس نمی‌دانم ثبت شده است یا نه. آن را دوباره نمی‌فرستم. یک دقیقهٔ دیگر، قبل از سفارش دوباره، /orders یا /status (یا سایت پنل) را بررسی کنید.
order-failed-fix = هیچ سفارشی ثبت نشد. یک مورد را تغییر دهید و دوباره تأیید کنید، یا /cancel.
order-already-placed = سفارش { $id } قبلاً ثبت شده است. /orders سفارش‌های شما را نشان می‌دهد.
order-already-unknown = این سفارش قبلاً فرستاده شده، اما نتیجه‌اش معلوم نیست. قبل از سفارش دوباره، /orders یا /status را بررسی کنید.
order-already-failed = با این خلاصه سفارشی ثبت نشد. از آخرین خلاصه استفاده کنید، یا با /order از نو شروع کنید.
order-wizard-expired = این فرم سفارش دیگر فعال نیست. با /order از نو شروع کنید.
