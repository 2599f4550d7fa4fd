# التطبيق المصغّر (Mini App، المهمة 16): زر البوت وقائمته، وجميع نصوص التطبيق نفسه.
app-button-open = 🛍 الكتالوج
app-menu-button = الكتالوج
app-open-text = تصفّح الكتالوج، وقدّم الطلبات وتابعها في التطبيق:
app-off = التطبيق غير مفعّل في هذا البوت.
app-private-only = يُفتح التطبيق في محادثة خاصة معي.

app-tab-catalogue = الكتالوج
app-tab-orders = الطلبات
app-tab-account = الحساب
app-loading = جارٍ التحميل…
app-retry = إعادة المحاولة
app-back = رجوع
app-close = إغلاق

app-search-placeholder = ابحث في الخدمات…
app-results = { $count ->
    [zero] لا توجد خدمات
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $count } خدمات
    [many] { $count } خدمة
   *[other] { $count } خدمة
}
app-no-results = لا توجد خدمة مطابقة.
app-filters = التصفية
app-filters-reset = إعادة الضبط
app-filter-platform = المنصة
app-filter-type = النوع
app-filter-all = الكل
app-filter-refill = التعويض
app-filter-dripfeed = التسليم التدريجي
app-filter-price-min = السعر من
app-filter-price-max = السعر إلى
app-sort = الترتيب
app-sort-default = ترتيب اللوحة
app-sort-price-asc = السعر: من الأقل إلى الأعلى
app-sort-price-desc = السعر: من الأعلى إلى الأقل
app-platform-other = أخرى

app-rate-per-1000 = { $rate } لكل 1000
app-rate-package = { $rate } للباقة
app-rate-subscription = { $rate } لكل 1000 لكل منشور
app-limits = { $min } إلى { $max }
app-flag-refill = ♻️ تعويض
app-flag-cancel = ✖️ إلغاء
app-flag-dripfeed = 💧 تسليم تدريجي

app-service-id = الخدمة { $id }
app-service-category = الفئة
app-service-type = النوع
app-service-rate = السعر
app-service-limits = الحد الأدنى–الأقصى
app-service-time = متوسط الوقت
app-service-time-unknown = لم تحدده اللوحة
app-service-description = الوصف
app-service-order = اطلب هذه الخدمة

app-form-title = طلب جديد
app-form-lines-hint = عنصر واحد في كل سطر
app-form-choose = اختر…
app-form-optional = اختياري
app-form-dripfeed = التسليم التدريجي (على دفعات)
app-form-total = الإجمالي: { $total }
app-form-price = السعر
app-form-price-max = السعر (بحد أقصى)
app-form-price-unknown = املأ الحقول لمعرفة السعر
app-form-balance = الرصيد
app-form-balance-unknown = غير معروف
app-form-balance-low = رصيدك أقل من السعر.
app-form-confirm = تأكيد الطلب · { $price }
app-form-confirm-plain = تأكيد الطلب
app-form-fix = يُرجى تصحيح الحقول المميّزة باللون الأحمر.
app-form-sending = جارٍ تقديم الطلب…

app-error-required = هذا الحقل مطلوب.
app-error-link = هذا ليس رابطًا صالحًا.
app-error-number = أدخل عددًا صحيحًا.
app-error-range = أدخل رقمًا من { $min } إلى { $max }.
app-error-too-small = أدخل { $min } على الأقل.
app-error-lines-range = أدخل من { $min } إلى { $max } سطرًا (حاليًا { $count }).
app-error-one-line = أدخل سطرًا واحدًا فقط.
app-error-date = أدخل تاريخًا غير منقضٍ (يوم/شهر/سنة).
app-error-choice = اختر أحد الخيارات.
app-error-max-below-min = لا يمكن أن يكون الحد الأقصى أقل من الحد الأدنى.
app-error-not-supported = لا تتيح هذه الخدمة ذلك.
app-error-invalid = هذه القيمة غير صالحة.

app-result-placed = ✅ تم تقديم الطلب { $id }
app-result-price = السعر: { $price }
app-result-tracked = أصبح الطلب في قائمة طلباتك، وسأخبرك في المحادثة عندما تتغير حالته.
app-result-unknown = ⚠️ لم تردّ اللوحة في الوقت المحدد، لذا النتيجة غير معروفة. تحقق من طلباتك قبل أن تحاول مرة أخرى.
app-result-failed = ❌ لم يُقدَّم الطلب: { $reason }
app-result-view-orders = عرض طلباتي
app-result-new = تقديم طلب آخر

app-panel-invalid-key = رفضت اللوحة مفتاح API (اربط مفتاحًا صالحًا عبر /connect في المحادثة)
app-panel-funds = رصيدك في اللوحة غير كافٍ
app-panel-invalid-input = رفضت اللوحة الطلب لأنه غير صالح
app-panel-service = لم تعد اللوحة تقدّم هذه الخدمة
app-panel-link = رفضت اللوحة الرابط
app-panel-quantity = رفضت اللوحة الكمية
app-panel-active-order = يوجد بالفعل طلب نشط لهذا الرابط
app-panel-rate-limited = اللوحة تحدّ من الطلبات حاليًا؛ حاول مرة أخرى بعد دقيقة
app-panel-unavailable = تعذّر الوصول إلى اللوحة حاليًا
app-panel-no-account = لا يوجد حساب لوحة مربوط (أرسل /connect في المحادثة)
app-panel-error = حدث خطأ ما؛ يُرجى المحاولة مرة أخرى

app-error-auth = انتهت صلاحية جلستك. أغلق التطبيق وافتحه مجددًا من المحادثة.
app-error-rate = طلبات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.
app-error-price-changed = تغيّر السعر إلى { $price }. راجعه وأكّد مرة أخرى.
app-error-network = فشل الاتصال. نموذج طلبك محفوظ: حاول مرة أخرى.
app-error-no-account = لم تربط حسابًا في أي لوحة بعد. أرسل /connect إلى البوت في المحادثة.
app-error-generic = حدث خطأ ما. يُرجى المحاولة مرة أخرى.

app-orders-empty = لا توجد طلبات بعد. تظهر في هذه القائمة الطلبات التي تقدّمها هنا أو في المحادثة.
app-orders-refresh = تحديث
app-orders-filter-all = الكل
app-orders-filter-active = النشطة
app-orders-filter-done = المنتهية
app-orders-order = الطلب { $id }
app-orders-charge = التكلفة { $charge }
app-orders-remains = المتبقي { $remains }
app-orders-progress = { $done } من { $quantity }
app-orders-status-unknown = لم يتم التحقق بعد
app-orders-repeat = تكرار
app-orders-refill = تعويض
app-orders-cancel = إلغاء
app-orders-cancel-confirm = هل تريد إلغاء الطلب { $id }؟
app-orders-refill-done = تم طلب التعويض { $id }.
app-orders-cancel-done = تم طلب إلغاء الطلب { $id }.
app-orders-action-failed = لم يتم التنفيذ: { $reason }
app-orders-updated = تم التحديث

app-account-title = حسابك في اللوحة
app-account-panel = اللوحة
app-account-currency = العملة
app-account-balance = الرصيد
app-account-active = نشط
app-account-none = لا يوجد حساب لوحة مربوط. أرسل /connect إلى البوت في المحادثة.
cmd-app = فتح تطبيق الكتالوج
