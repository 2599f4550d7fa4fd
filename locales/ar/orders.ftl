# أوامر الطلبات: /status و/orders و/refill و/refills و/cancel وأزرار الطلب.

## مشترك
orders-invalid-ids = ⚠️ تم التخطي، { $count ->
        [one] هذا ليس رقمًا
       *[other] هذه ليست أرقامًا
    } (أرقام فقط، بلا حروف أو رموز): { $tokens }
orders-invalid-more = و{ $count } أخرى
orders-too-many = عدد الأرقام المرسلة: { $count }. أقبل { $max } كحد أقصى في الأمر الواحد: يُرجى إرسالها على دفعات.
orders-refreshed = تم التحديث.

## نتيجة مختصرة لرقم واحد
orders-item-unknown-order = ❓ غير موجود في هذا الحساب
orders-item-unknown-refill = ❓ التعويض غير موجود في هذا الحساب
orders-item-unavailable = ⚠️ لم تردّ اللوحة، حاول لاحقًا
orders-item-rate-limited = ⏳ اللوحة تحدّ من الطلبات، حاول بعد دقيقة
orders-item-unknown-outcome = ⚠️ لا رد من اللوحة: ربما تم التنفيذ، تحقق قبل أن تعيد المحاولة
orders-item-invalid-key = 🔑 رفضت اللوحة مفتاح API
orders-item-refill-disabled = ⛔ التعويض غير متاح لهذه الخدمة
orders-item-refill-not-eligible = ⛔ غير مؤهل للتعويض (حاليًا)
orders-item-refill-unsupported = ⛔ هذه اللوحة لا تقدّم التعويض
orders-item-cancel-disabled = ⛔ الإلغاء غير متاح لهذه الخدمة
orders-item-cancel-refused = ⛔ لم يعد بالإمكان إلغاء هذا الطلب
orders-item-cancel-unsupported = ⛔ هذه اللوحة لا تتيح إلغاء الطلبات
orders-item-refused = ⛔ رفضته اللوحة: { $detail }
orders-item-refused-plain = ⛔ رفضته اللوحة
orders-item-error = ⚠️ حدث خطأ ما، يُرجى المحاولة مرة أخرى

## أزرار بطاقة الطلب
orders-button-refresh = 🔄 تحديث
orders-button-refill = 🔁 تعويض
orders-button-cancel = ✖️ إلغاء الطلب
orders-button-cancel-confirm = نعم، ألغِ الطلب { $id }
orders-button-cancel-keep = لا، أبقِه
orders-cancel-ask-one = هل تريد إلغاء الطلب { $id }؟ اضغط «نعم» للتأكيد.

## /status
orders-status-usage =
    أرسل رقم طلب واحدًا أو أكثر بعد الأمر، مثلًا:
    <code>/status 23501</code>
    <code>/status 23501, 23502 23503</code>
    افصل بين الأرقام بمسافات أو فواصل أو أسطر جديدة (حتى { $max }).
orders-status-unknown = ❓ لم يُعثر على الطلب <code>{ $id }</code> في هذا الحساب.
orders-status-header = 📋 حالة الطلبات ({ $count }):

## /orders
orders-list-empty =
    لا تتم متابعة أي طلبات في هذه المحادثة بعد.
    قدّم طلبًا عبر /order، أو تابع الطلبات المقدمة عبر موقع اللوحة باستخدام <code>/track ID</code>.
orders-list-title = 📋 <b>الطلبات</b> { $from }–{ $to } من { $total }
orders-list-not-checked = 🕓 لم يتم التحقق بعد
orders-list-fresh = 🔄 تم التحقق من اللوحة للتو.
orders-list-refresh-failed = تعذّر التحقق من اللوحة: { $reason }
orders-button-prev = ◀ الأحدث
orders-button-next = الأقدم ▶
orders-button-refresh-page = 🔄 تحديث
orders-button-details = 📦 { $id }

## /refill و/refills
orders-refill-usage =
    أرسل أرقام الطلبات التي تريد تعويضها، مثلًا:
    <code>/refill 23501</code> أو <code>/refill 23501 23502</code>
    تحقق من التعويض لاحقًا عبر <code>/refills REFILL_ID</code>.
orders-refill-created = 🔁 تم طلب التعويض <code>{ $refill }</code>
orders-refill-done-one = 🔁 تم طلب التعويض { $refill } للطلب { $id }. تحقق منه عبر /refills { $refill }.
orders-refill-failed-one = الطلب { $id }: { $reason }
orders-refill-header = 🔁 طلبات التعويض ({ $count }):
orders-refill-summary = طلبات التعويض المقدّمة: { $created } من { $count }. تحقق منها عبر /refills.
orders-refills-usage =
    أرسل أرقام التعويض بعد الأمر، مثلًا:
    <code>/refills 7</code> أو <code>/refills 7 8 9</code>
orders-refills-one = 🔁 <b>التعويض { $id }</b>
    { $status }
orders-refills-unknown = ❓ لم يُعثر على التعويض <code>{ $id }</code> في هذا الحساب.
orders-refills-header = 🔁 حالة التعويضات ({ $count }):

## /cancel
orders-cancel-usage =
    أرسل أرقام الطلبات التي تريد إلغاءها، مثلًا:
    <code>/cancel 23501</code> أو <code>/cancel 23501 23502</code>
    سأطلب منك التأكيد قبل إلغاء أي شيء. (أثناء حوار خطوة بخطوة، يُنهي /cancel الحوار.)
orders-cancel-confirm =
    هل تريد إلغاء { $count ->
        [zero] هذه الطلبات
        [one] هذا الطلب
        [two] هذين الطلبين
        [few] هذه الطلبات الـ{ $count }
        [many] هذه الطلبات الـ{ $count }
       *[other] هذه الطلبات الـ{ $count }
    }؟ { $ids }
    لا يمكن إلغاء كل الخدمات؛ اللوحة تقرر لكل طلب على حدة.
orders-cancel-yes = { $count ->
        [zero] نعم، ألغِ الطلبات
        [one] نعم، ألغِ طلبًا واحدًا
        [two] نعم، ألغِ طلبين
        [few] نعم، ألغِ { $count } طلبات
        [many] نعم، ألغِ { $count } طلبًا
       *[other] نعم، ألغِ { $count } طلب
    }
orders-cancel-no = لا
orders-cancel-kept = لم يُلغَ أي شيء.
orders-cancel-ok = ✅ تم طلب الإلغاء
orders-cancel-done-one = ✅ تم طلب إلغاء الطلب { $id }.
orders-cancel-failed-one = الطلب { $id }: { $reason }
orders-cancel-header = ✖️ طلبات الإلغاء ({ $count }):
orders-list-account-gone = (لم يعد حسابه مربوطًا)
