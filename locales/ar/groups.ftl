# المجموعات: التعريف، القواعد الخاصة بالمشرفين، ربط حساب اللوحة للمجموعة، الإشعارات.
groups-intro =
    👋 مرحبًا، أنا @{ $bot }! أساعد هذه المجموعة على متابعة طلباتها في لوحة SMM.
    المشرفون: اربطوا حساب اللوحة الخاص بالمجموعة عبر /connect (يُرسل مفتاح API في محادثة خاصة، وليس هنا أبدًا)، ثم استخدموا /order و/balance و/track و/refill و/cancel و/notifications on|off و/language.
    الجميع: /status ID و/orders و/refills ID و/help.
groups-admins-only = 🔒 عذرًا، يمكن لمشرفي المجموعة فقط استخدام { $command } هنا.
groups-button-admins-only = 🔒 هذا الزر لمشرفي المجموعة.
groups-button-not-yours = ✋ بدأ مستخدم آخر هذا الطلب. ابدأ طلبك الخاص إن احتجت إليه.
groups-connect-link = 🔐 حفاظًا على الأمان، لا أطلب مفاتيح API في المجموعات أبدًا. اضغط على الزر لربط حساب اللوحة لهذه المجموعة في محادثتنا الخاصة. يعمل الرابط لمشرفي المجموعة فقط وتنتهي صلاحيته خلال ساعة.
groups-connect-button = 🔐 الربط في المحادثة الخاصة
groups-link-invalid = هذا الرابط غير صالح. أرسل /connect في المجموعة مرة أخرى للحصول على رابط جديد.
groups-link-expired = انتهت صلاحية هذا الرابط. أرسل /connect في المجموعة مرة أخرى للحصول على رابط جديد.
groups-link-not-admin = يمكن لمشرفي تلك المجموعة فقط ربط حساب اللوحة الخاص بها.
groups-link-no-access = لم يعد بإمكاني الوصول إلى تلك المجموعة. أضفني إليها مرة أخرى، ثم أرسل /connect هناك.
groups-unnamed = مجموعتك
groups-linked-notice = 🔗 ربط { $admin } هذه المجموعة بحسابها على { $panel }. يبقى مفتاح API سريًا.
groups-linked-notice-anonymous = 🔗 ربط أحد المشرفين هذه المجموعة بحسابها على { $panel }. يبقى مفتاح API سريًا.
groups-notifications-on = 🔔 الإشعارات الخاصة بطلبات هذه المجموعة مفعّلة.
groups-notifications-off = 🔕 الإشعارات الخاصة بطلبات هذه المجموعة متوقفة.
groups-notifications-usage =
    الإشعارات الخاصة بطلبات هذه المجموعة { $state ->
        [on] مفعّلة
       *[off] متوقفة
    }.
    لتغيير ذلك استخدم /notifications { $on } أو /notifications { $off }.
# Words /notifications accepts, comma-separated; the first one is shown in /help and the usage.
groups-notifications-words-on = تشغيل, نعم
groups-notifications-words-off = إيقاف, لا
