# /order: buyurtma berish ustasi.
order-usage = Xizmatni qadamma-qadam tanlash uchun /order, xizmatga uning ID raqami boʻyicha buyurtma berish uchun /order ID yuboring.
order-choose-category = 🛒 <b>Yangi buyurtma</b> · kategoriyani tanlang ({ $count }) yoki xizmatlarni qidirish uchun soʻz yozing.
order-choose-service = Xizmatni tanlang yoki qidirish uchun soʻz yozing.
order-button-categories = ⬅️ Kategoriyalar
order-no-services = Panelda hozir birorta ham xizmat yoʻq, shuning uchun buyurtma berib boʻlmaydi.
order-use-buttons = Iltimos, yuqoridagi tugmalardan foydalaning yoki /cancel buyrugʻi bilan bekor qiling.
order-search-none = “{ $query }” boʻyicha hech narsa topilmadi. Boshqa soʻz yozing yoki yuqoridan kategoriyani tanlang.
order-old-step = Bu tugma oldingi qadamga tegishli. Iltimos, oxirgi savolga javob bering.
order-service-gone = Panel bu xizmatni endi taklif qilmaydi. Iltimos, boshqasini tanlang.
order-service-chosen =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · miqdor { $min }–{ $max }
order-service-chosen-per-post =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · har bir post uchun miqdor { $min }–{ $max }
order-service-refused = Panel hozir bu xizmatga buyurtma qabul qilmayapti. /order orqali boshqasini tanlang.

# Savollar
order-ask-link = 🔗 Havolani yuboring (masalan, { $example }).
order-ask-quantity = 🔢 Qancha kerak? { $min } – { $max } oraligʻidagi sonni yuboring.
order-ask-runs = 💧 Necha bosqichda yetkazilsin? (butun son, masalan 5)
order-ask-interval = ⏱ Bosqichlar orasida necha daqiqa boʻlsin? (butun son, masalan 30)
order-ask-keywords = 🔑 Kalit soʻzlarni yuboring, har bir qatorda bittadan.
order-ask-comments = 💬 Izohlarni yuboring, har bir qatorda bittadan.
order-ask-comments-count = 💬 Izohlarni yuboring, har bir qatorda bittadan: jami { $min } – { $max } ta qator. Miqdor qatorlar soniga teng boʻladi.
order-ask-usernames = 👤 Foydalanuvchi nomlarini yuboring, har bir qatorda bittadan.
order-ask-usernames-count = 👤 Foydalanuvchi nomlarini yuboring, har bir qatorda bittadan: jami { $min } – { $max } ta qator. Miqdor qatorlar soniga teng boʻladi.
order-ask-hashtags = #️⃣ Heshteglarni yuboring, har bir qatorda bittadan.
order-ask-hashtag = #️⃣ Heshtegni yuboring.
order-ask-username = 👤 Foydalanuvchi nomini yuboring.
order-ask-media = 🖼 Postga havola yuboring: unga layk bosganlar eslatib oʻtiladi.
order-ask-answer-number = 🗳 Ovozlar qaysi javobga berilsin? Uning raqamini yuboring (birinchi javob uchun 1).
order-ask-groups = 👥 Qaysi guruhlardan taklif qilinsin? Har bir qatorda bittadan yuboring.
order-ask-min = ⬇️ Har bir post uchun minimum qancha? { $min } – { $max } oraligʻidagi sonni yuboring.
order-ask-max = ⬆️ Har bir post uchun maksimum qancha? { $min } – { $max } oraligʻidagi, minimumdan kam boʻlmagan sonni yuboring.
order-ask-posts = 📝 Nechta yangi post uchun? Son yuboring yoki cheklovsiz qoldirish uchun oʻtkazib yuboring.
order-ask-old-posts = 🗂 Mavjud postlardan nechtasiga ham qoʻllansin? Son yuboring (hech biriga — 0) yoki oʻtkazib yuboring.
order-ask-delay = ⏳ Yangi post chiqqandan keyin qancha kutilsin?
order-ask-expiry = 📅 Qaysi sanagacha? Sanani kun/oy/yil koʻrinishida yuboring (masalan, 31/12/2026) yoki oʻtkazib yuboring.
order-ask-country = 🌍 Trafik qaysi davlatdan kelsin? (masalan, United States yoki US)
order-ask-device = 💻 Qaysi qurilmalardan?
order-ask-traffic-type = 🚦 Trafik turi qanday boʻlsin?
order-ask-google-keyword = 🔎 Tashrif buyuruvchilar Google qidiruvida qaysi kalit soʻzni izlasin?
order-ask-referring-url = 🔗 Manba URL manzilini yuboring (tashrif buyuruvchilar keladigan sahifa).
order-ask-dripfeed = 💧 Buyurtma vaqt boʻyicha taqsimlansinmi (bosqichma-bosqich yetkazish, drip-feed)?

# Maydon nomlari
order-field-link = Havola
order-field-quantity = Miqdor
order-field-runs = Bosqichlar
order-field-interval = Oraliq (daqiqa)
order-field-keywords = Kalit soʻzlar
order-field-comments = Izohlar
order-field-usernames = Foydalanuvchi nomlari
order-field-hashtags = Heshteglar
order-field-hashtag = Heshteg
order-field-username = Foydalanuvchi nomi
order-field-media = Post havolasi
order-field-answer-number = Javob raqami
order-field-groups = Guruhlar
order-field-min = Post uchun minimum
order-field-max = Post uchun maksimum
order-field-posts = Yangi postlar
order-field-old-posts = Eski postlar
order-field-delay = Kechikish
order-field-expiry = Amal qilish muddati
order-field-country = Davlat
order-field-device = Qurilma
order-field-traffic-type = Trafik turi
order-field-google-keyword = Google kalit soʻzi
order-field-referring-url = Manba URL
order-field-dripfeed = Bosqichma-bosqich yetkazish

# Tanlovlar
order-delay-none = Kechikishsiz
order-delay-minutes = { $n } daq.
order-device-desktop = 🖥 Kompyuter
order-device-android = 🤖 Android
order-device-ios = 🍏 iOS
order-device-mixed-mobile = 📱 Aralash mobil
order-device-mixed = 🔀 Aralash
order-traffic-google = 🔎 Google kalit soʻzi
order-traffic-referrer = 🔗 Oʻz manbangiz (referrer)
order-traffic-blank = ⬜ Manbasiz
order-button-skip = ⏭ Oʻtkazib yuborish
order-button-drip-yes = 💧 Ha, bosqichma-bosqich
order-button-drip-no = Hammasi birdaniga
order-skipped = { $field }: oʻtkazib yuborildi
order-chosen = { $field }: { $value }
order-dripfeed-yes = 💧 Bosqichma-bosqich yetkazish: ha
order-dripfeed-no = Bosqichma-bosqich yetkazish: yoʻq, hammasi birdaniga

# Javobdagi muammolar
order-send-again = Iltimos, qayta yuboring yoki /cancel buyrugʻi bilan bekor qiling.
order-error-link = ❌ Bu yaroqli havola emas. Toʻliq havolani yuboring, masalan https://instagram.com/p/abc123.
order-error-number = ❌ Iltimos, faqat raqamlardan iborat butun son yuboring (masalan, 1000).
order-error-too-big = ❌ Bu son haddan tashqari katta.
order-error-quantity-range = ❌ Miqdor { $min } – { $max } oraligʻida boʻlishi kerak.
order-error-lines-range = ❌ Siz { $count } ta qator yubordingiz; bu xizmat uchun { $min } – { $max } ta qator kerak (har bir qatorda bittadan).
order-error-lines-empty = ❌ Iltimos, kamida bitta qator yuboring.
order-error-range = ❌ Son { $min } – { $max } oraligʻida boʻlishi kerak.
order-error-max-below-min = ❌ Maksimum minimumdan ({ $min }) kam boʻlishi mumkin emas.
order-error-too-small = ❌ Son kamida { $min } boʻlishi kerak.
order-error-one-line = ❌ Iltimos, faqat bitta qator yuboring.
order-error-date = ❌ Iltimos, hali oʻtmagan sanani kun/oy/yil koʻrinishida yuboring (masalan, 31/12/2026).
order-error-choice = ❌ Iltimos, tugmalardan birini tanlang.
order-error-empty = ❌ Bu maydon boʻsh boʻlishi mumkin emas.
order-error-invalid = ❌ “{ $field }” maydonining qiymati notoʻgʻri.
order-recheck = Baʼzi javoblar endi bir-biriga mos kelmaydi, shuning uchun qayta soʻrayman: { $fields }.

# Xulosa
order-summary-title = 🧾 <b>Buyurtmangizni tekshiring</b>
order-summary-service = Xizmat: <b>{ $name }</b> (ID { $id })
order-summary-field = { $label }: { $value }
order-summary-lines = { $count } ta qator
order-summary-more = … va yana { $count } ta
order-number = { $n }
order-summary-drip = Bosqichma-bosqich yetkazish: { $runs } bosqich, har { $interval } daqiqada
order-summary-total = Umumiy miqdor: { $total }
order-summary-price = 💵 Narx: <b>{ $price }</b>
order-summary-price-max = 💵 Narx: koʻpi bilan <b>{ $price }</b> (har bir post uchun yechiladi)
order-summary-price-per-post = 💵 Narx: har bir post uchun koʻpi bilan <b>{ $price }</b>
order-summary-price-unknown = 💵 Narx: panel belgilaydi
order-summary-balance = 💰 Balans: { $balance }
order-summary-balance-low = ⚠️ Balansingiz narxdan kam. Avval paneldagi balansni toʻldiring, aks holda panel buyurtmani rad etadi.
order-summary-balance-unknown = ⚠️ Balansingizni tekshirib boʻlmadi: { $reason }
order-button-confirm = ✅ Tasdiqlash
order-button-change = ✏️ Oʻzgartirish
order-change-which = Qaysi maʼlumotni oʻzgartirmoqchisiz?
order-confirm-hint = Iltimos, xulosa ostidagi ✅ Tasdiqlash, ✏️ Oʻzgartirish yoki ✖️ Bekor qilish tugmasini bosing.

# Natija
order-placed = ✅ Buyurtma { $id } rasmiylashtirildi · { $price }
order-placed-no-price = ✅ Buyurtma { $id } rasmiylashtirildi.
order-placed-next = Holati oʻzgarganda xabar beraman. Barcha buyurtmalar: /orders, shu buyurtmani tekshirish: /status { $id }.
order-unknown-outcome = ⚠️ Panel buyurtmani tasdiqlamadi, shuning uchun u rasmiylashtirilganmi yoki yoʻqmi, bilmayman. Uni qayta yubormayman. Qayta buyurtma berishdan oldin bir daqiqadan soʻng /orders yoki /status (yoki panel sayti) orqali tekshiring.
order-failed-fix = Hech narsa buyurtma qilinmadi. Maʼlumotni oʻzgartirib, qayta tasdiqlang yoki /cancel buyrugʻi bilan bekor qiling.
order-already-placed = Buyurtma { $id } allaqachon rasmiylashtirilgan. Barcha buyurtmalar: /orders.
order-already-unknown = Bu buyurtma allaqachon yuborilgan, lekin natijasi nomaʼlum. Qayta buyurtma berishdan oldin /orders yoki /status orqali tekshiring.
order-already-failed = Bu xulosa boʻyicha buyurtma berilmagan. Eng soʻnggi xulosadan foydalaning yoki /order bilan qaytadan boshlang.
order-wizard-expired = Bu buyurtma formasi endi faol emas. /order bilan qaytadan boshlang.
