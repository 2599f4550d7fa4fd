# Guruhlar: tanishuv, faqat adminlar uchun qoidalar, guruhning panel akkauntini ulash, bildirishnomalar.
groups-intro =
    👋 Assalomu alaykum, men @{ $bot }! Bu guruhga SMM-paneldagi buyurtmalarni kuzatishda yordam beraman.
    Adminlar: guruhning panel akkauntini /connect orqali ulang (API kalit bu yerda emas, faqat shaxsiy chatda yuboriladi), soʻng /order, /balance, /track, /refill, /cancel, /notifications on|off va /language buyruqlaridan foydalaning.
    Hamma uchun: /status ID, /orders, /refills ID va /help.
groups-admins-only = 🔒 Kechirasiz, bu yerda { $command } buyrugʻidan faqat guruh adminlari foydalana oladi.
groups-button-admins-only = 🔒 Bu tugma faqat guruh adminlari uchun.
groups-button-not-yours = ✋ Bu muloqotni boshqa foydalanuvchi boshlagan. Kerak boʻlsa, oʻzingiz yangisini boshlang.
groups-connect-link = 🔐 Xavfsizlik uchun guruhlarda hech qachon API kalit soʻramayman. Bu guruhning panel akkauntini shaxsiy chatimizda ulash uchun tugmani bosing. Havola faqat guruh adminlari uchun ishlaydi va bir soatdan soʻng eskiradi.
groups-connect-button = 🔐 Shaxsiy chatda ulash
groups-link-invalid = Bu havola yaroqsiz. Yangisini olish uchun guruhda /connect buyrugʻini qayta yuboring.
groups-link-expired = Bu havolaning muddati tugagan. Yangisini olish uchun guruhda /connect buyrugʻini qayta yuboring.
groups-link-not-admin = Panel akkauntini faqat shu guruhning adminlari ulay oladi.
groups-link-no-access = Bu guruhga endi kira olmayapman. Meni guruhga qayta qoʻshing, soʻng u yerda /connect yuboring.
groups-unnamed = guruhingiz
groups-linked-notice = 🔗 { $admin } bu guruhni { $panel } panelidagi akkauntga uladi. API kalit maxfiy qoladi.
groups-linked-notice-anonymous = 🔗 Admin bu guruhni { $panel } panelidagi akkauntga uladi. API kalit maxfiy qoladi.
groups-notifications-on = 🔔 Bu guruh buyurtmalari haqidagi bildirishnomalar yoqilgan.
groups-notifications-off = 🔕 Bu guruh buyurtmalari haqidagi bildirishnomalar oʻchirilgan.
groups-notifications-usage =
    Bu guruh buyurtmalari haqidagi bildirishnomalar { $state ->
        [on] yoqilgan
       *[off] oʻchirilgan
    }.
    Oʻzgartirish uchun /notifications { $on } yoki /notifications { $off } yuboring.
# Words /notifications accepts, comma-separated; the first one is shown in /help and the usage.
groups-notifications-words-on = yoqish, ha
groups-notifications-words-off = oʻchirish, yoʻq
