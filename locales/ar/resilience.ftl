# Resilience: unreadable secrets, slow panels, unknown placements, catalogue sanity.
account-unreadable = 🔑 يجب إعادة ربط حسابك في اللوحة: لم أعد أستطيع قراءة مفتاح API المحفوظ (تم تغيير مفتاح التشفير الخاص بالبوت). أرسل /connect وأضف المفتاح من جديد.
account-unreadable-group = 🔑 يجب إعادة ربط حساب هذه المجموعة في اللوحة: لم أعد أستطيع قراءة مفتاح API المحفوظ (تم تغيير مفتاح التشفير الخاص بالبوت). يمكن لمشرف المجموعة ربطه من جديد عبر /connect.
conversation-state-lost = فُقدت خطوتك غير المكتملة بعد تحديث البوت، لذا أغلقتها. لم يُرسل أي شيء إلى اللوحة؛ ابدأ من جديد من فضلك.
budget-still-waiting = ⏳ اللوحة بطيئة في الرد — ما زلت أنتظر… (‏/cancel لإيقاف الانتظار)
budget-wait-cancelled = توقفت عن انتظار اللوحة. لم يتغير شيء.
services-card-unavailable = ⚠️ هذه الخدمة غير متاحة: تعرضها اللوحة بحدود أو سعر مستحيل، لذا لا يمكن طلبها هنا.
