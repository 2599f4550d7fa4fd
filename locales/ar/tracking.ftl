# متابعة الطلبات: /track و/untrack و/settings وإشعارات تغيّر الحالة.

## الإشعارات (HTML)
tracking-notify-title = 🔔 <b>{ $count ->
        [zero] لم يتغير أي طلب
        [one] تغيّر طلب واحد
        [two] تغيّر طلبان
        [few] تغيّرت { $count } طلبات
        [many] تغيّر { $count } طلبًا
       *[other] تغيّر { $count } طلب
    }</b>
tracking-notify-progress = 📈 تحديث التقدم
tracking-notify-part = الرسالة { $part } من { $parts }
tracking-notify-open-orders = افتح /orders لعرضها جميعًا وإدارتها.
tracking-refill-card = ♻️ <b>التعويض { $id }</b> · الطلب { $order }
tracking-button-refresh = 🔄 { $id }
tracking-button-refill = 🔁 تعويض { $id }
tracking-button-cancel = ✖️ إلغاء { $id }
tracking-button-refill-refresh = 🔄 التعويض { $id }
tracking-reconnect-rejected = ⚠️ لم تعد لوحة { $panel } تقبل مفتاح API المتصل (تم تغييره أو إلغاؤه، أو تم تعليق الحساب)، لذا أوقفت مؤقتًا متابعة الطلبات التي أتحقق منها به. اربط مفتاحًا صالحًا عبر /connect وستُستأنف المتابعة.
tracking-reconnect-undecryptable = ⚠️ لم يعد بإمكاني قراءة مفتاح API المحفوظ للوحة { $panel } (تم تغيير مفتاح التشفير الخاص بالبوت)، لذا أوقفت مؤقتًا متابعة الطلبات التي أتحقق منها به. اربط المفتاح مجددًا عبر /connect وستُستأنف المتابعة.

## /track و/untrack
tracking-track-usage =
    أرسل أرقام الطلبات التي قدّمتها عبر موقع اللوحة، وسأخبرك عندما تتغير حالتها:
    <code>/track 23501</code>
    <code>/track 23501, 23502 23503</code>
    الحد الأقصى في المرة الواحدة: { $max }. يوقف /untrack ID المتابعة.
tracking-untrack-usage =
    أرسل أرقام الطلبات التي تريد إيقاف متابعتها، مثلًا:
    <code>/untrack 23501 23502</code>
tracking-too-many = عدد الأرقام المرسلة: { $count }. أقبل { $max } كحد أقصى في الأمر الواحد: يُرجى إرسالها على دفعات.
tracking-not-ids = ⚠️ ليس رقم طلب (أرقام فقط، بلا حروف أو رموز): { $tokens }
tracking-track-title = <b>المتابعة</b>
tracking-untrack-title = <b>إيقاف المتابعة</b>
tracking-item-tracked = ✅ <code>{ $id }</code> — { $status }: سأخبرك عندما تتغير حالته.
tracking-item-tracked-final = ☑️ <code>{ $id }</code> — { $status }: منتهٍ بالفعل، أُضيف إلى /orders لكن لن تتم متابعته.
tracking-item-already = ℹ️ <code>{ $id }</code> قيد المتابعة هنا بالفعل.
tracking-item-unknown = ❓ <code>{ $id }</code> — غير موجود في هذا الحساب، لم تتم متابعته.
tracking-item-unavailable = ⚠️ <code>{ $id }</code> — لم تردّ اللوحة، لم تتم متابعته. يُرجى المحاولة لاحقًا.
tracking-item-error = ⚠️ <code>{ $id }</code> — تعذّر التحقق منه ({ $reason })، لم تتم متابعته.
tracking-item-untracked = ✅ <code>{ $id }</code> — لم يعد قيد المتابعة.
tracking-item-not-tracked = ℹ️ <code>{ $id }</code> — لم يكن قيد المتابعة هنا.

## /settings
tracking-settings-title =
    ⚙️ <b>الإعدادات</b>
    تُعلمك الإشعارات عندما تتغير حالة طلب تتابعه. وتُعلمك تحديثات التقدم أيضًا عندما يتغير عدد البدء أو الكمية المتبقية.
tracking-settings-notifications-on = 🔔 الإشعارات: مفعّلة
tracking-settings-notifications-off = 🔕 الإشعارات: متوقفة
tracking-settings-progress-on = 📈 تحديثات التقدم: مفعّلة
tracking-settings-progress-off = 📉 تحديثات التقدم: متوقفة
tracking-settings-saved = تم الحفظ.
tracking-settings-private-only = في المجموعات، يستخدم المشرفون /notifications on أو /notifications off. افتح محادثتنا الخاصة لإعداداتك في /settings.
