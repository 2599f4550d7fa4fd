# Resilience: unreadable secrets, slow panels, unknown placements, catalogue sanity.
account-unreadable = 🔑 يجب إعادة ربط حسابك في اللوحة: لم أعد أستطيع قراءة مفتاح API المحفوظ (تم تغيير مفتاح التشفير الخاص بالبوت). أرسل /connect وأضف المفتاح من جديد.
account-unreadable-group = 🔑 يجب إعادة ربط حساب هذه المجموعة في اللوحة: لم أعد أستطيع قراءة مفتاح API المحفوظ (تم تغيير مفتاح التشفير الخاص بالبوت). يمكن لمشرف المجموعة ربطه من جديد عبر /connect.
conversation-state-lost = فُقدت خطوتك غير المكتملة بعد تحديث البوت، لذا أغلقتها. لم يُرسل أي شيء إلى اللوحة؛ ابدأ من جديد من فضلك.
budget-still-waiting = ⏳ اللوحة بطيئة في الرد — ما زلت أنتظر… (‏/cancel لإيقاف الانتظار)
budget-wait-cancelled = توقفت عن انتظار اللوحة. لم يتغير شيء.
services-card-unavailable = ⚠️ هذه الخدمة غير متاحة: تعرضها اللوحة بحدود أو سعر مستحيل، لذا لا يمكن طلبها هنا.
placement-unknown-notice =
    ⚠️ <b>ربما تم تقديم طلب</b>
    أُعيد تشغيلي أثناء إرسال هذا الطلب إلى { $panel }، لذا لا أعرف إن كانت اللوحة قد استلمته. لا تستطيع واجهة API للوحة عرض قائمة الطلبات: يُرجى مراجعة صفحة الطلبات في موقع { $panel }. إن كان الطلب هناك فاضغط «تتبّع بالمعرّف» وأرسل معرّفه، وإلا فاضغط «تجاهل».
placement-details =
    ❓ <b>{ $service }</b> (#{ $id })
    الرابط: { $link }
    الكمية: { $quantity }
placement-unknown-title = ❓ <b>النتيجة غير معروفة</b> — ربما تم تقديم هذه الطلبات (تحقّق في موقع اللوحة):
placement-button-track = 🔎 تتبّع بالمعرّف
placement-button-dismiss = ✖️ تجاهل
placement-dismissed = تم التجاهل: لم يعد يظهر في القائمة.
placement-track-ask = ردّ على هذه الرسالة بمعرّف الطلب من صفحة الطلبات في موقع { $panel }.
placement-track-bad-id = يُرجى الرد بمعرّف طلب واحد (أرقام فقط).
placement-track-unknown-id = لا تعرف اللوحة الطلب { $id }. تحقّق من المعرّف في موقع اللوحة ثم ردّ مرة أخرى.
placement-tracked = ✅ يجري الآن تتبّع الطلب { $id } ({ $status }): يظهر في ‏/orders وسأخبرك عندما تتغير حالته.
