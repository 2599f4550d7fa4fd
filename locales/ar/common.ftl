# كلمات وأزرار وأخطاء مشتركة.
button-cancel = ✖️ إلغاء
button-back = ⬅️ رجوع
button-expired = انتهت صلاحية هذا الزر. يُرجى البدء من جديد.
conversation-cancelled = تم الإلغاء. لم يتغير شيء.
conversation-send-text = يُرجى إرسال رسالة نصية، أو /cancel.
unknown-command = لا أعرف هذا الأمر. يعرض /help ما يمكنني فعله.
start-hint = أرسل /help لترى ما يمكنني فعله.
error-generic = حدث خطأ من جهتي. يُرجى المحاولة مرة أخرى بعد قليل.

account-missing = لم تربط حسابًا في أي لوحة بعد. أرسل /connect لإضافة مفتاح API الخاص بك.
account-missing-group = ليس لهذه المجموعة حساب في أي لوحة بعد. يمكن لأحد مشرفي المجموعة ربط حساب عبر /connect.

panel-error-invalid-key = رفضت اللوحة مفتاح API. اربط مفتاحًا صالحًا عبر /connect.
panel-error-funds = رصيدك في اللوحة غير كافٍ.
panel-error-unknown-order = لا تعرف اللوحة رقم الطلب هذا.
panel-error-unknown-refill = لا تعرف اللوحة رقم التعويض هذا.
panel-error-rate-limited = اللوحة تحدّ من الطلبات حاليًا. يُرجى المحاولة مرة أخرى بعد دقيقة.
panel-error-unavailable = تعذّر الوصول إلى اللوحة حاليًا. يُرجى المحاولة لاحقًا.
panel-error-unknown-outcome = لم تردّ اللوحة في الوقت المحدد، لذا النتيجة غير معروفة. تحقق عبر /orders أو /status قبل أن تحاول مرة أخرى.
panel-error-invalid-input = رفضت اللوحة الطلب لأنه غير صالح.
panel-error-invalid-input-detail = رفضت اللوحة الطلب: { $detail }

# قائمة الأوامر
cmd-start = البدء وعرض نظرة عامة
cmd-help = عرض ما يمكن للبوت فعله
cmd-connect = ربط مفتاح API الخاص باللوحة
cmd-disconnect = إزالة مفتاح API المربوط
cmd-balance = عرض رصيد اللوحة
cmd-services = تصفح الخدمات أو البحث فيها
cmd-order = تقديم طلب جديد
cmd-orders = عرض طلباتك وحالاتها
cmd-status = عرض حالة الطلبات حسب الرقم
cmd-refill = طلب تعويض للطلبات
cmd-refills = عرض حالة التعويض حسب الرقم
cmd-cancel = إلغاء الطلبات
cmd-track = متابعة طلبات مقدمة عبر موقع اللوحة
cmd-untrack = إيقاف متابعة الطلبات
cmd-settings = تغيير إعدادات الإشعارات
cmd-notifications = تشغيل إشعارات المجموعة أو إيقافها
cmd-language = تغيير اللغة
rate-limited = أنت ترسل بسرعة كبيرة. يُرجى الانتظار قليلًا قبل الطلب التالي.
fallback-key-deleted = بدت هذه الرسالة كمفتاح API، لذا حذفتها حفاظًا على أمانه. لربط مفتاح، أرسل /connect أولًا، ثم المفتاح.
