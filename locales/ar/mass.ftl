# /mass: many orders at once.
cmd-mass = طلبات كثيرة دفعة واحدة (خدمة | رابط | كمية في كل سطر)
mass-usage =
    📑 <b>طلب جماعي</b>: أرسل حتى { $max } سطرًا، طلبًا واحدًا في كل سطر:
    <code>خدمة | رابط | كمية</code>
    مثلًا <code>1448 | https://instagram.com/p/abc | 1000</code>. تصلح المسافات أو الفواصل أو الفواصل المنقوطة أيضًا. أتحقق من كل سطر وأعرض الإجمالي قبل طلب أي شيء.
mass-reason-format = المتوقع: خدمة | رابط | كمية
mass-reason-unknown-service = لا توجد خدمة { $id } في هذه اللوحة
mass-reason-needs-fields = خدمة من نوع { $type } تحتاج إلى إجابات أكثر: استخدم /order
mass-reason-bad-link = الرابط لا يبدو صحيحًا
mass-reason-bad-quantity = الكمية ليست عددًا صحيحًا
mass-reason-quantity-range = يجب أن تكون الكمية { $min }–{ $max }
mass-reason-invalid = لن تقبل اللوحة هذا السطر
mass-preview-title = 📑 <b>طلب جماعي</b> · { $valid } جاهزة، { $refused } مرفوضة
mass-line-ok = ✅ { $n }. <code>{ $id }</code> · { $quantity } · { $link } · { $price }
mass-line-refused = ❌ { $n }. { $text } — { $reason }
mass-preview-total = 💵 الإجمالي: <b>{ $price }</b>
mass-over = ⚠️ تم تجاهل { $count } سطرًا إضافيًا (الحد { $max }).
mass-none-valid = لا يمكن طلب أي سطر. صحّحها وأرسل /mass مجددًا.
mass-button-confirm = ✅ قدّم { $count } طلبًا
mass-progress = ⏳ جارٍ تقديم الطلبات: { $done } من { $count }…
mass-progress-resumed = ⏳ استئناف: لا تُرسل الأسطر المرسلة مرة أخرى ({ $count } سطرًا)…
mass-progress-done = ✅ تم: قُدّم { $placed } من { $count } طلبًا.
mass-result-title = 📑 <b>نتيجة الطلب الجماعي</b> · قُدّم { $placed } من { $count } سطرًا
mass-result-placed = { $n }. ✅ الطلب <code>{ $id }</code>
mass-result-refused = { $n }. ❌ { $reason }
mass-result-failed = { $n }. ❌ لم يُقدَّم: { $reason }
mass-result-unknown = { $n }. ❓ لم تجب اللوحة — راجع /orders قبل الطلب مجددًا
mass-result-not-sent = { $n }. ⏸ لم يُرسل
mass-already-confirmed = يجري تقديم هذه الطلبات بالفعل.
mass-already-done = قُدّمت بالفعل؛ لم يُرسل شيء مجددًا. هذه هي النتيجة.
mass-cancelled = أُلغي الطلب الجماعي. لم يُطلب شيء.
