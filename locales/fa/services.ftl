# /services: فهرست سرویس‌ها.
services-categories = 📚 <b>سرویس‌ها</b> · { $count } { $count ->
        [one] دسته‌بندی
       *[other] دسته‌بندی
    }. یکی را انتخاب کنید، یا با /services متن جستجو کنید.
services-page = { $page }/{ $pages }
services-category-title = 📂 <b>{ $category }</b> · { $count } { $count ->
        [one] سرویس
       *[other] سرویس
    }
services-search-title = 🔎 نتایج برای «{ $query }»: { $count }
services-line = <b>{ $id }</b> · { $name }
    { $rate } · { $min }–{ $max }
services-rate = { $rate } برای هر 1000
services-rate-package = { $rate } برای هر بسته
services-card-title = 🛍 <b>{ $name }</b>
services-card-id = شناسه { $id } · { $category }
services-card-type = نوع: { $type }
services-card-rate = قیمت: { $rate }
services-card-limits = تعداد: { $min } – { $max }
services-card-limits-per-post = تعداد برای هر پست: { $min } – { $max }
services-card-flags = ریفیل: { $refill } · لغو: { $cancel } · ارسال تدریجی: { $dripfeed }
services-card-average-time = ⏱ زمان میانگین: { $time }
services-yes = ✅
services-no = ❌
services-button-order = 🛒 سفارش
services-button-categories = 📚 همهٔ دسته‌بندی‌ها
services-search-none = چیزی با «{ $query }» پیدا نشد. کلمهٔ کوتاه‌تر یا دیگری را امتحان کنید، یا برای مرور دسته‌بندی‌ها /services را بفرستید.
services-stale = ♻️ فهرست سرویس‌ها از زمان آن پیام تغییر کرده است. فهرست فعلی این است.
services-stale-alert = فهرست سرویس‌ها تغییر کرده است. فهرست فعلی نمایش داده می‌شود.
services-not-found = این سرویس دیگر در فهرست پنل نیست.
services-empty = پنل فعلاً هیچ سرویسی ندارد.
services-query-expired = این جستجو منقضی شده است. دوباره /services متن را بفرستید.
