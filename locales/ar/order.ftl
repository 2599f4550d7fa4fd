# /order: معالج تقديم الطلب.
order-usage = أرسل /order لاختيار خدمة خطوة بخطوة، أو /order ID لطلب خدمة برقمها.
order-choose-category = 🛒 <b>طلب جديد</b> · اختر فئة ({ $count })، أو اكتب كلمة للبحث في الخدمات.
order-choose-service = اختر خدمة، أو اكتب كلمة للبحث.
order-button-categories = ⬅️ الفئات
order-no-services = لا تعرض اللوحة أي خدمات حاليًا، لذا لا يوجد ما يمكن طلبه.
order-use-buttons = يُرجى استخدام الأزرار أعلاه، أو /cancel.
order-search-none = لا توجد نتائج لـ «{ $query }». اكتب كلمة أخرى، أو اختر فئة من الأعلى.
order-old-step = هذا الزر يخص خطوة سابقة. يُرجى الإجابة عن السؤال الأخير.
order-service-gone = لم تعد اللوحة تقدّم هذه الخدمة. يُرجى اختيار خدمة أخرى.
order-service-chosen =
    🛒 <b>{ $name }</b> (الرقم { $id })
    { $rate } · الكمية { $min }–{ $max }
order-service-chosen-per-post =
    🛒 <b>{ $name }</b> (الرقم { $id })
    { $rate } · الكمية لكل منشور { $min }–{ $max }
order-service-refused = لا تقبل اللوحة طلبات لهذه الخدمة حاليًا. اختر خدمة أخرى عبر /order.

# الأسئلة
order-ask-link = 🔗 أرسل الرابط (مثل { $example }).
order-ask-quantity = 🔢 كم العدد؟ أرسل رقمًا من { $min } إلى { $max }.
order-ask-runs = 💧 على كم دفعة يتم التسليم؟ (عدد صحيح، مثل 5)
order-ask-interval = ⏱ كم دقيقة بين كل دفعة والتي تليها؟ (عدد صحيح، مثل 30)
order-ask-keywords = 🔑 أرسل الكلمات المفتاحية، كل كلمة في سطر.
order-ask-comments = 💬 أرسل التعليقات، كل تعليق في سطر.
order-ask-comments-count = 💬 أرسل التعليقات، كل تعليق في سطر: من { $min } إلى { $max } سطرًا. الكمية هي عدد الأسطر.
order-ask-usernames = 👤 أرسل أسماء المستخدمين، كل اسم في سطر.
order-ask-usernames-count = 👤 أرسل أسماء المستخدمين، كل اسم في سطر: من { $min } إلى { $max } سطرًا. الكمية هي عدد الأسطر.
order-ask-hashtags = #️⃣ أرسل الهاشتاقات، كل هاشتاق في سطر.
order-ask-hashtag = #️⃣ أرسل الهاشتاق.
order-ask-username = 👤 أرسل اسم المستخدم.
order-ask-media = 🖼 أرسل رابط المنشور الذي يجب الإشارة إلى المعجبين به.
order-ask-answer-number = 🗳 أي إجابة يجب أن تحصل على الأصوات؟ أرسل رقمها (1 للإجابة الأولى).
order-ask-groups = 👥 أرسل المجموعات التي ستتم الدعوة منها، كل مجموعة في سطر.
order-ask-min = ⬇️ الحد الأدنى لكل منشور؟ أرسل رقمًا من { $min } إلى { $max }.
order-ask-max = ⬆️ الحد الأقصى لكل منشور؟ أرسل رقمًا من { $min } إلى { $max }، لا يقل عن الحد الأدنى.
order-ask-posts = 📝 لكم منشورًا جديدًا؟ أرسل رقمًا، أو تخطَّ السؤال ليكون بلا حد.
order-ask-old-posts = 🗂 كم منشورًا حاليًا يجب أن يحصل عليها أيضًا؟ أرسل رقمًا (0 إن لم ترد أيًّا)، أو تخطَّ السؤال.
order-ask-delay = ⏳ كم التأخير بعد نشر منشور جديد؟
order-ask-expiry = 📅 حتى متى؟ أرسل التاريخ بصيغة يوم/شهر/سنة (مثل 31/12/2026)، أو تخطَّ السؤال.
order-ask-country = 🌍 من أي دولة يجب أن تأتي الزيارات؟ (مثل Saudi Arabia أو SA)
order-ask-device = 💻 ما الأجهزة؟
order-ask-traffic-type = 🚦 ما نوع الزيارات؟
order-ask-google-keyword = 🔎 ما الكلمة المفتاحية التي يبحث عنها الزوار في Google؟
order-ask-referring-url = 🔗 أرسل رابط الإحالة (الصفحة التي يأتي منها الزوار).
order-ask-dripfeed = 💧 هل تريد توزيع هذا الطلب على فترات (تسليم تدريجي)؟

# أسماء الحقول
order-field-link = الرابط
order-field-quantity = الكمية
order-field-runs = عدد الدفعات
order-field-interval = الفاصل (بالدقائق)
order-field-keywords = الكلمات المفتاحية
order-field-comments = التعليقات
order-field-usernames = أسماء المستخدمين
order-field-hashtags = الهاشتاقات
order-field-hashtag = الهاشتاق
order-field-username = اسم المستخدم
order-field-media = رابط المنشور
order-field-answer-number = رقم الإجابة
order-field-groups = المجموعات
order-field-min = الحد الأدنى لكل منشور
order-field-max = الحد الأقصى لكل منشور
order-field-posts = المنشورات الجديدة
order-field-old-posts = المنشورات السابقة
order-field-delay = التأخير
order-field-expiry = تاريخ الانتهاء
order-field-country = الدولة
order-field-device = الجهاز
order-field-traffic-type = نوع الزيارات
order-field-google-keyword = كلمة البحث في Google
order-field-referring-url = رابط الإحالة
order-field-dripfeed = التسليم التدريجي

# الخيارات
order-delay-none = بلا تأخير
order-delay-minutes = { $n } د
order-device-desktop = 🖥 كمبيوتر
order-device-android = 🤖 أندرويد
order-device-ios = 🍏 iOS
order-device-mixed-mobile = 📱 جوال مختلط
order-device-mixed = 🔀 مختلط
order-traffic-google = 🔎 كلمة بحث في Google
order-traffic-referrer = 🔗 مُحيل مخصص
order-traffic-blank = ⬜ بدون مُحيل
order-button-skip = ⏭ تخطي
order-button-drip-yes = 💧 نعم، تسليم تدريجي
order-button-drip-no = دفعة واحدة
order-skipped = { $field }: تم التخطي
order-chosen = { $field }: { $value }
order-dripfeed-yes = 💧 التسليم التدريجي: نعم
order-dripfeed-no = التسليم التدريجي: لا، دفعة واحدة

# مشكلات في الإجابة
order-send-again = يُرجى الإرسال مرة أخرى، أو /cancel.
order-error-link = ❌ هذا ليس رابطًا صالحًا. أرسل رابطًا كاملًا مثل https://instagram.com/p/abc123.
order-error-number = ❌ يُرجى إرسال عدد صحيح بالأرقام فقط (مثل 1000).
order-error-too-big = ❌ هذا الرقم كبير جدًا.
order-error-quantity-range = ❌ يجب أن تكون الكمية بين { $min } و{ $max }.
order-error-lines-range = ❌ أرسلت { $count ->
        [zero] صفر أسطر
        [one] سطرًا واحدًا
        [two] سطرين
        [few] { $count } أسطر
        [many] { $count } سطرًا
       *[other] { $count } سطر
    }؛ تحتاج هذه الخدمة من { $min } إلى { $max } (كل عنصر في سطر).
order-error-lines-empty = ❌ يُرجى إرسال سطر واحد على الأقل.
order-error-range = ❌ يجب أن يكون الرقم بين { $min } و{ $max }.
order-error-max-below-min = ❌ لا يمكن أن يكون الحد الأقصى أقل من الحد الأدنى ({ $min }).
order-error-too-small = ❌ يجب ألا يقل الرقم عن { $min }.
order-error-one-line = ❌ يُرجى إرسال سطر واحد فقط.
order-error-date = ❌ يُرجى إرسال تاريخ غير منقضٍ بصيغة يوم/شهر/سنة (مثل 31/12/2026).
order-error-choice = ❌ يُرجى اختيار أحد الأزرار.
order-error-empty = ❌ لا يمكن ترك هذا فارغًا.
order-error-invalid = ❌ «{ $field }» غير صالح.
order-recheck = بعض الإجابات لم تعد متوافقة، لذا سأسأل مرة أخرى عن: { $fields }.

# الملخص
order-summary-title = 🧾 <b>يُرجى مراجعة طلبك</b>
order-summary-service = الخدمة: <b>{ $name }</b> (الرقم { $id })
order-summary-field = { $label }: { $value }
order-summary-lines = { $count ->
        [zero] لا أسطر
        [one] سطر واحد
        [two] سطران
        [few] { $count } أسطر
        [many] { $count } سطرًا
       *[other] { $count } سطر
    }
order-summary-more = … و{ $count } أخرى
order-number = { $n }
order-summary-drip = التسليم التدريجي: عدد الدفعات { $runs }، والفاصل { $interval } د
order-summary-total = إجمالي الكمية: { $total }
order-summary-price = 💵 السعر: <b>{ $price }</b>
order-summary-price-max = 💵 السعر: حتى <b>{ $price }</b> (يُحتسب لكل منشور)
order-summary-price-per-post = 💵 السعر: حتى <b>{ $price }</b> لكل منشور
order-summary-price-unknown = 💵 السعر: تحدده اللوحة
order-summary-balance = 💰 الرصيد: { $balance }
order-summary-balance-low = ⚠️ رصيدك أقل من السعر. اشحن رصيدك في اللوحة أولًا، وإلا سترفض اللوحة الطلب.
order-summary-balance-unknown = ⚠️ تعذّر عليّ التحقق من رصيدك: { $reason }
order-button-confirm = ✅ تأكيد
order-button-change = ✏️ تعديل
order-change-which = ما التفصيل الذي تريد تعديله؟
order-confirm-hint = يُرجى الضغط على ✅ تأكيد أو ✏️ تعديل أو ✖️ إلغاء أسفل الملخص.

# النتيجة
order-placed = ✅ تم تقديم الطلب { $id } · { $price }
order-placed-no-price = ✅ تم تقديم الطلب { $id }.
order-placed-next = سأخبرك عندما تتغير حالته. يعرض /orders طلباتك، ويتحقق /status { $id } من هذا الطلب.
order-unknown-outcome = ⚠️ لم تؤكد اللوحة الطلب، لذا لا أعرف إن كان قد قُدّم. لن أرسله مرة أخرى. بعد دقيقة، تحقق عبر /orders أو /status (أو موقع اللوحة) قبل أن تطلب من جديد.
order-failed-fix = لم يُقدَّم أي طلب. عدّل أحد التفاصيل وأكّد مرة أخرى، أو /cancel.
order-already-placed = الطلب { $id } مقدَّم بالفعل. يعرض /orders طلباتك.
order-already-unknown = أُرسل هذا الطلب بالفعل، لكن نتيجته غير معروفة. تحقق عبر /orders أو /status قبل أن تطلب من جديد.
order-already-failed = لم يُقدَّم طلب من هذا الملخص. استخدم أحدث ملخص، أو ابدأ من جديد عبر /order.
order-wizard-expired = نموذج الطلب هذا لم يعد نشطًا. ابدأ من جديد عبر /order.
