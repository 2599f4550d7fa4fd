# /services: قائمة الخدمات.
services-categories = 📚 <b>الخدمات</b> · { $count ->
        [zero] لا توجد فئات
        [one] فئة واحدة
        [two] فئتان
        [few] { $count } فئات
        [many] { $count } فئة
       *[other] { $count } فئة
    }. اختر واحدة، أو ابحث عبر /services نص.
services-page = { $page }/{ $pages }
services-category-title = 📂 <b>{ $category }</b> · { $count ->
        [zero] لا توجد خدمات
        [one] خدمة واحدة
        [two] خدمتان
        [few] { $count } خدمات
        [many] { $count } خدمة
       *[other] { $count } خدمة
    }
services-search-title = 🔎 نتائج البحث عن «{ $query }»: { $count }
services-line = <b>{ $id }</b> · { $name }
    { $rate } · { $min }–{ $max }
services-rate = { $rate } لكل 1000
services-rate-package = { $rate } للباقة
services-card-title = 🛍 <b>{ $name }</b>
services-card-id = الرقم { $id } · { $category }
services-card-type = النوع: { $type }
services-card-rate = السعر: { $rate }
services-card-limits = الكمية: { $min } – { $max }
services-card-limits-per-post = الكمية لكل منشور: { $min } – { $max }
services-card-flags = التعويض: { $refill } · الإلغاء: { $cancel } · التسليم التدريجي: { $dripfeed }
services-card-average-time = ⏱ متوسط الوقت: { $time }
services-yes = ✅
services-no = ❌
services-button-order = 🛒 اطلب
services-button-categories = 📚 كل الفئات
services-search-none = لا توجد نتائج لـ «{ $query }». جرّب كلمة أقصر أو مختلفة، أو أرسل /services لتصفح الفئات.
services-stale = ♻️ تغيّرت قائمة الخدمات منذ تلك الرسالة. إليك القائمة الحالية.
services-stale-alert = تغيّرت قائمة الخدمات. أعرض القائمة الحالية.
services-not-found = لم تعد هذه الخدمة في قائمة اللوحة.
services-empty = لا تعرض اللوحة أي خدمات حاليًا.
services-query-expired = انتهت صلاحية هذا البحث. أرسل /services نص مرة أخرى.
