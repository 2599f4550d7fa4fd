start-welcome = 👋 مرحبًا { $name }! أدير حسابك في لوحة SMM من تيليجرام مباشرة: الرصيد والخدمات والطلبات والتعويض والإلغاء — وأخبرك عندما تتغير حالة أي طلب.
start-next-connect = أولًا، اربط مفتاح API الخاص باللوحة عبر /connect (تجده في صفحة API في اللوحة). ثم جرّب /balance أو /services أو /order. يعرض /help جميع الأوامر.
start-connected = حسابك على { $panel } مربوط. جرّب /balance أو /services أو /order أو /orders. يعرض /help جميع الأوامر.
start-group = 👋 مرحبًا! أساعد هذه المجموعة على متابعة طلباتها في لوحة SMM. يمكن لأحد المشرفين ربط حساب اللوحة عبر /connect، ويعرض /help الأوامر.

connect-choose-panel = على أي لوحة يوجد حسابك؟
connect-panel-chosen = اللوحة: { $panel }
connect-ask-key = 🔑 أرسل لي مفتاح API الخاص بك على { $panel }. تجده في صفحة API في اللوحة. سأحذف رسالتك فور قراءتها وأحفظ المفتاح مشفّرًا.
connect-ask-key-group = 🔑 أرسل لي مفتاح API على { $panel } الذي ستستخدمه المجموعة «{ $group }». سأحذف رسالتك فور قراءتها وأحفظ المفتاح مشفّرًا. لن يراه أعضاء المجموعة أبدًا.
connect-key-malformed = لا يبدو هذا مفتاح API (كلمة واحدة بلا مسافات). يُرجى إرسال المفتاح مرة أخرى، أو /cancel.
connect-key-rejected = ❌ لم تقبل اللوحة هذا المفتاح. تحقق منه في صفحة API في اللوحة وأرسله مرة أخرى، أو /cancel. لم يُحفظ المفتاح.
connect-try-again = أرسل المفتاح مرة أخرى للمحاولة من جديد، أو /cancel. لم يُحفظ المفتاح.
connect-done = ✅ تم الربط بـ { $panel }. الرصيد: { $balance }.
connect-done-group = ✅ أصبحت المجموعة «{ $group }» مربوطة بـ { $panel }. الرصيد: { $balance }.
disconnect-done = أُزيل مفتاح API الخاص بك. يمكنك الربط من جديد في أي وقت عبر /connect.
disconnect-done-group = أُزيل مفتاح API الخاص بالمجموعة.
disconnect-none = لا يوجد مفتاح API مربوط.

balance = 💰 الرصيد على { $panel }: { $balance }

language-choose = اختر اللغة:
language-set = ✅ تم ضبط اللغة على العربية.
