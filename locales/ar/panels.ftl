## /connect → ➕ لوحة أخرى: أي لوحة تدعم API v2، بعنوانها
button-other-panel = ➕ لوحة أخرى
connect-ask-address = 🌐 أرسل عنوان لوحتك، مثل smmpanel.com أو https://smmpanel.com/api/v2. سأجد واجهة API الخاصة بها.
connect-panel-found = تم العثور على واجهة API للوحة: { $url }
connect-address-refused-malformed = هذا ليس عنوان ويب. أرسله بصيغة smmpanel.com أو https://smmpanel.com/api/v2، أو /cancel.
connect-address-refused-scheme = يُسمح فقط بعناوين https الآمنة. أرسل عنوان https للوحة، أو /cancel.
connect-address-refused-credentials = يجب ألا يحتوي العنوان على اسم مستخدم أو كلمة مرور. أرسله بدونهما، أو /cancel.
connect-address-refused-port = هذا المنفذ غير مسموح: يتم الوصول إلى اللوحات عبر منافذ الويب القياسية. أرسل العنوان بدون المنفذ، أو /cancel.
connect-address-refused-denied = حظر مشغّل البوت هذه اللوحة. أرسل عنوانًا آخر، أو /cancel.
connect-address-refused-not-allowed = يسمح مشغّل البوت بلوحات معيّنة فقط، وهذه ليست منها. أرسل عنوانًا آخر، أو /cancel.
connect-address-refused-disabled = اللوحات الأخرى معطّلة في هذا البوت. أرسل /connect لاختيار إحدى لوحاته.
connect-address-refused-private = يقود هذا العنوان إلى شبكة خاصة أو داخلية، لا إلى لوحة عامة. أرسل العنوان العام للوحة، أو /cancel.
connect-address-refused-unresolved = هذا العنوان غير موجود (لم يُعثر على النطاق). تحقّق من الكتابة وأرسله مجددًا، أو /cancel.
connect-no-api = وصلت إلى { $host } لكن لم أجد واجهة API للوحة هناك. أرسل عنوان API الكامل من صفحة API في اللوحة (مثل https://smmpanel.com/api/v2)، أو /cancel.
connect-unreachable = تعذّر الوصول إلى { $host } (لا يوجد رد، أو حظرتني الحماية الخاصة به). أرسل العنوان مرة أخرى لإعادة المحاولة، أو /cancel.
