cmd-accounts = حساباتك في اللوحات: التبديل وإعادة التسمية وفك الربط
accounts-title = 👤 <b>حساباتك في اللوحات</b> ({ $count })
accounts-title-group = 👤 <b>حسابات اللوحات لهذه المجموعة</b> ({ $count })
accounts-none = لم تربط أي حساب في لوحة بعد. أضف حسابًا بالزر أدناه أو عبر /connect.
accounts-none-group = لم تُربط هذه المجموعة بأي حساب في لوحة بعد. يمكن لأحد المشرفين إضافة حساب بالزر أدناه أو عبر /connect.
accounts-balance = 💰 { $balance }
accounts-balance-unavailable = 💰 الرصيد غير متاح: { $reason }
accounts-unreadable = ⚠️ يحتاج إلى إعادة الربط: اربط مفتاحه من جديد عبر /connect
accounts-active-hint = ✅ تشير إلى الحساب النشط: تستخدمه الأوامر /balance، /services، /order، /status، /track، /refill و /cancel. يبقى كل طلب مرتبطًا بالحساب الذي قُدّم عبره أو بدأت متابعته عبره.
accounts-button-use = ▫️ استخدام { $name }
accounts-button-active = ✅ { $name }
accounts-button-rename = ✏️ إعادة التسمية
accounts-button-disconnect = ❌ فك الربط
accounts-button-add = ➕ إضافة حساب
accounts-button-refresh = 🔄 تحديث
accounts-switched = يتم الآن استخدام { $name }.
accounts-rename-ask = ✏️ أرسل اسمًا جديدًا لـ { $name } (بحد أقصى { $max } من الأحرف)، أو «-» لإظهار اسم اللوحة من جديد.
accounts-renamed = ✅ الاسم الجديد: <b>{ $name }</b>. راجع /accounts.
accounts-rename-cleared = ✅ يعرض الحساب اسم لوحته من جديد. راجع /accounts.
accounts-rename-too-long = يُرجى إرسال اسم طوله من 1 إلى { $max } من الأحرف، أو «-».
accounts-disconnect-confirm = هل تريد فك ربط <b>{ $name }</b>؟ { $orders ->
    [0] لا يُتابَع أي طلب عبره.
    [zero] لا يُتابَع أي طلب عبره.
    [one] لن تتم متابعة الطلب المُتابَع عبره بعد الآن.
    [two] لن تتم متابعة الطلبين المُتابَعين عبره بعد الآن.
    [few] لن تتم متابعة الطلبات الـ{ $orders } المُتابَعة عبره بعد الآن.
    [many] لن تتم متابعة الطلبات الـ{ $orders } المُتابَعة عبره بعد الآن.
   *[other] لن تتم متابعة الطلبات الـ{ $orders } المُتابَعة عبره بعد الآن.
}
accounts-disconnect-yes = ❌ نعم، فك الربط
accounts-disconnect-no = لا، أبقِه
accounts-disconnected = ✅ تم فك ربط <b>{ $name }</b> وحذف مفتاحه. { $orders ->
    [0] {""}
    [zero] {""}
    [one] توقفت متابعة طلب واحد.
    [two] توقفت متابعة طلبين.
    [few] توقفت متابعة { $orders } طلبات.
    [many] توقفت متابعة { $orders } طلبًا.
   *[other] توقفت متابعة { $orders } طلب.
}
accounts-too-many = لديك بالفعل الحد الأقصى من الحسابات ({ $max }): فُكّ ربط أحدها أولًا في /accounts.
accounts-now-active = أصبح هذا حسابك النشط الآن (عدد الحسابات المربوطة: { $count }): بدّل بينها أو أعد تسميتها في /accounts.
accounts-found-on = عُثر عليه عبر حسابك { $name }.
accounts-order-account = 👤 { $name }
