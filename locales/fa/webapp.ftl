# مینی‌اپ (issue 16): دکمه و منوی ربات، و همهٔ متن‌های خود اپ.
app-button-open = 🛍 کاتالوگ
app-menu-button = کاتالوگ
app-open-text = کاتالوگ را مرور کنید، سفارش ثبت کنید و سفارش‌ها را در اپ پیگیری کنید:
app-off = اپ در این ربات فعال نیست.
app-private-only = اپ در چت خصوصی با من باز می‌شود.

app-tab-catalogue = کاتالوگ
app-tab-orders = سفارش‌ها
app-tab-account = حساب
app-loading = در حال بارگذاری…
app-retry = تلاش دوباره
app-back = بازگشت
app-close = بستن

app-search-placeholder = جستجوی سرویس‌ها…
app-results = { $count ->
    [one] { $count } سرویس
   *[other] { $count } سرویس
}
app-no-results = هیچ سرویسی پیدا نشد.
app-filters = فیلترها
app-filters-reset = بازنشانی
app-filter-platform = پلتفرم
app-filter-type = نوع
app-filter-all = همه
app-filter-refill = ریفیل
app-filter-dripfeed = ارسال تدریجی
app-filter-price-min = قیمت از
app-filter-price-max = قیمت تا
app-sort = مرتب‌سازی
app-sort-default = ترتیب پنل
app-sort-price-asc = قیمت: کم به زیاد
app-sort-price-desc = قیمت: زیاد به کم
app-platform-other = سایر

app-rate-per-1000 = { $rate } برای هر 1000
app-rate-package = { $rate } برای هر بسته
app-rate-subscription = { $rate } برای هر 1000، برای هر پست
app-limits = { $min } تا { $max }
app-flag-refill = ♻️ ریفیل
app-flag-cancel = ✖️ لغو
app-flag-dripfeed = 💧 ارسال تدریجی

app-service-id = سرویس { $id }
app-service-category = دسته‌بندی
app-service-type = نوع
app-service-rate = قیمت
app-service-limits = حداقل–حداکثر
app-service-time = میانگین زمان
app-service-time-unknown = پنل اعلام نکرده است
app-service-description = توضیحات
app-service-order = سفارش این سرویس

app-form-title = سفارش جدید
app-form-lines-hint = هر مورد در یک خط
app-form-choose = انتخاب کنید…
app-form-optional = اختیاری
app-form-dripfeed = ارسال تدریجی (در چند مرحله)
app-form-total = مجموع: { $total }
app-form-price = قیمت
app-form-price-max = قیمت (حداکثر)
app-form-price-unknown = برای دیدن قیمت، فیلدها را پر کنید
app-form-balance = موجودی
app-form-balance-unknown = نامعلوم
app-form-balance-low = موجودی شما از قیمت کمتر است.
app-form-confirm = تأیید سفارش · { $price }
app-form-confirm-plain = تأیید سفارش
app-form-fix = لطفاً فیلدهایی را که با رنگ قرمز مشخص شده‌اند اصلاح کنید.
app-form-sending = در حال ثبت سفارش…

app-error-required = پر کردن این فیلد الزامی است.
app-error-link = این لینک معتبر نیست.
app-error-number = یک عدد صحیح وارد کنید.
app-error-range = عددی از { $min } تا { $max } وارد کنید.
app-error-too-small = دست‌کم { $min } وارد کنید.
app-error-lines-range = بین { $min } تا { $max } خط وارد کنید (الان { $count } خط).
app-error-one-line = فقط یک خط وارد کنید.
app-error-date = تاریخی وارد کنید که گذشته نباشد (روز/ماه/سال).
app-error-choice = یکی از گزینه‌ها را انتخاب کنید.
app-error-max-below-min = حداکثر نمی‌تواند از حداقل کمتر باشد.
app-error-not-supported = این سرویس چنین امکانی ندارد.
app-error-invalid = این مقدار معتبر نیست.

app-result-placed = ✅ سفارش { $id } ثبت شد
app-result-price = قیمت: { $price }
app-result-tracked = سفارش در فهرست سفارش‌های شما قرار گرفت و هر وقت وضعیتش تغییر کند، در چت به شما خبر می‌دهم.
app-result-unknown = ⚠️ پنل به‌موقع پاسخ نداد، پس نتیجه معلوم نیست. قبل از تلاش دوباره، سفارش‌هایتان را بررسی کنید.
app-result-failed = ❌ ثبت نشد: { $reason }
app-result-view-orders = دیدن سفارش‌هایم
app-result-new = ثبت سفارش دیگر

app-panel-invalid-key = پنل کلید API را رد کرد (با /connect در چت یک کلید معتبر وصل کنید)
app-panel-funds = موجودی حساب شما در پنل کافی نیست
app-panel-invalid-input = پنل سفارش را نامعتبر دانست و رد کرد
app-panel-service = پنل دیگر این سرویس را ارائه نمی‌دهد
app-panel-link = پنل لینک را رد کرد
app-panel-quantity = پنل تعداد را رد کرد
app-panel-active-order = از قبل یک سفارش فعال برای این لینک وجود دارد
app-panel-rate-limited = پنل فعلاً درخواست‌ها را محدود کرده است؛ یک دقیقهٔ دیگر دوباره امتحان کنید
app-panel-unavailable = پنل فعلاً در دسترس نیست
app-panel-no-account = هیچ حساب پنلی وصل نیست (در چت /connect را بفرستید)
app-panel-error = مشکلی پیش آمد؛ لطفاً دوباره امتحان کنید

app-error-auth = نشست شما منقضی شده است. اپ را ببندید و دوباره از چت بازش کنید.
app-error-rate = تعداد درخواست‌ها بیش از حد است. کمی صبر کنید و دوباره امتحان کنید.
app-error-price-changed = قیمت به { $price } تغییر کرد. آن را بررسی کنید و دوباره تأیید کنید.
app-error-network = اتصال برقرار نشد. فرم سفارش شما حفظ شده است: دوباره امتحان کنید.
app-error-no-account = هنوز هیچ حساب پنلی وصل نکرده‌اید. در چت، /connect را برای ربات بفرستید.
app-error-generic = مشکلی پیش آمد. لطفاً دوباره امتحان کنید.

app-orders-empty = هنوز سفارشی ندارید. سفارش‌هایی که اینجا یا در چت ثبت می‌کنید در این فهرست نمایش داده می‌شوند.
app-orders-refresh = به‌روزرسانی
app-orders-filter-all = همه
app-orders-filter-active = فعال
app-orders-filter-done = تمام‌شده
app-orders-order = سفارش { $id }
app-orders-charge = هزینه { $charge }
app-orders-remains = { $remains } باقی‌مانده
app-orders-progress = { $done } از { $quantity }
app-orders-status-unknown = هنوز بررسی نشده
app-orders-repeat = تکرار
app-orders-refill = ریفیل
app-orders-cancel = لغو
app-orders-cancel-confirm = سفارش { $id } لغو شود؟
app-orders-refill-done = ریفیل { $id } درخواست شد.
app-orders-cancel-done = لغو سفارش { $id } درخواست شد.
app-orders-action-failed = انجام نشد: { $reason }
app-orders-updated = به‌روز شد

app-account-title = حساب پنل شما
app-account-panel = پنل
app-account-currency = واحد پول
app-account-balance = موجودی
app-account-active = فعال
app-account-none = هیچ حساب پنلی وصل نیست. در چت، /connect را برای ربات بفرستید.
cmd-app = باز کردن اپ کاتالوگ
