# Umumiy soʻzlar, tugmalar va xatolar.
button-cancel = ✖️ Bekor qilish
button-back = ⬅️ Orqaga
button-expired = Bu tugmaning muddati oʻtgan. Iltimos, qaytadan boshlang.
conversation-cancelled = Bekor qilindi. Hech narsa oʻzgarmadi.
conversation-send-text = Iltimos, matnli xabar yuboring yoki /cancel buyrugʻi bilan bekor qiling.
unknown-command = Bunday buyruqni bilmayman. Nimalar qila olishimni /help koʻrsatadi.
start-hint = Nimalar qila olishimni bilish uchun /help yuboring.
error-generic = Men tomonda nimadir xato ketdi. Birozdan soʻng qayta urinib koʻring.

account-missing = Siz hali panel akkauntini ulamagansiz. API kalitingizni qoʻshish uchun /connect yuboring.
account-missing-group = Bu guruhda hali panel akkaunti yoʻq. Guruh admini uni /connect orqali ulashi mumkin.

panel-error-invalid-key = Panel API kalitni rad etdi. /connect orqali yaroqli kalitni ulang.
panel-error-funds = Panel balansingizda mablagʻ yetarli emas.
panel-error-unknown-order = Panelda bunday ID raqamli buyurtma yoʻq.
panel-error-unknown-refill = Panelda bunday ID raqamli refill soʻrovi yoʻq.
panel-error-rate-limited = Panel hozir soʻrovlarni cheklamoqda. Bir daqiqadan soʻng qayta urinib koʻring.
panel-error-unavailable = Panel hozir javob bermayapti. Keyinroq qayta urinib koʻring.
panel-error-unknown-outcome = Panel oʻz vaqtida javob bermadi, shuning uchun natija nomaʼlum. Qayta urinishdan oldin /orders yoki /status orqali tekshiring.
panel-error-invalid-input = Panel soʻrovni notoʻgʻri deb rad etdi.
panel-error-invalid-input-detail = Panel soʻrovni rad etdi: { $detail }

# Buyruqlar menyusi
cmd-start = Botni ishga tushirish va imkoniyatlar bilan tanishish
cmd-help = Bot imkoniyatlarini koʻrish
cmd-connect = Panel API kalitini ulash
cmd-disconnect = Ulangan API kalitni oʻchirish
cmd-balance = Panel balansini koʻrish
cmd-services = Xizmatlarni koʻrish yoki qidirish
cmd-order = Yangi buyurtma berish
cmd-orders = Buyurtmalar va ularning holatini koʻrish
cmd-status = Buyurtmalar holatini ID boʻyicha tekshirish
cmd-refill = Buyurtmalar uchun refill soʻrash
cmd-refills = Refill holatini ID boʻyicha tekshirish
cmd-cancel = Buyurtmalarni bekor qilish
cmd-track = Panel saytida berilgan buyurtmalarni kuzatish
cmd-untrack = Buyurtmalarni kuzatishni toʻxtatish
cmd-settings = Bildirishnomalarni sozlash
cmd-notifications = Guruh bildirishnomalarini yoqish yoki oʻchirish
cmd-language = Tilni oʻzgartirish
rate-limited = Juda tez yozyapsiz. Keyingi soʻrovdan oldin biroz kuting.
fallback-key-deleted = Bu API kalitga oʻxshardi, shuning uchun xavfsizlik maqsadida xabaringizni oʻchirib tashladim. Kalitni ulash uchun avval /connect yuboring, soʻng kalitning oʻzini.

panel-error-suspended-key = Panel bu akkaunt bloklangan yoki faol emasligini bildirmoqda. Masalani panel qoʻllab-quvvatlash xizmati bilan hal qiling, soʻng /connect ni qayta yuboring; shungacha bu akkaunt buyurtmalarini kuzatish toʻxtatib qoʻyiladi.
panel-error-funds-detail = Panel balansingizda mablagʻ yetarli emas: buyurtma narxi { $price }, balansingiz { $balance }, demak { $shortfall } yetishmayapti. Paneldagi balansni toʻldiring va qayta urinib koʻring.
panel-error-duplicate-link = Panelda bu havola uchun allaqachon faol buyurtma bor. U bajarilguncha kuting yoki boshqa havoladan foydalaning.
panel-error-service = Panel hozir bu xizmatni taklif qilmaydi (nomaʼlum yoki oʻchirilgan). Boshqa xizmatni tanlang.
panel-error-link = Panel havolani qabul qilmadi. Post yoki profilga toʻliq ochiq havolani (https://…) yuboring va u yopiq emasligiga ishonch hosil qiling.
panel-error-quantity = Miqdor bu xizmat chegaralaridan tashqarida. Boshqa miqdorni tanlang.
panel-error-quantity-range = Miqdor bu xizmat chegaralaridan tashqarida: { $min } dan { $max } gacha miqdorni tanlang.
panel-error-quantity-min = Miqdor bu xizmatning minimumidan kam: kamida { $min } tanlang.
panel-error-quantity-max = Miqdor bu xizmatning maksimumidan koʻp: koʻpi bilan { $max } tanlang.
panel-error-dripfeed = Bu xizmat bosqichma-bosqich yetkazishni (drip-feed) qabul qilmaydi. Uni bosqichma-bosqich yetkazishsiz buyurtma qiling yoki boshqa xizmatni tanlang.
panel-error-refill-not-eligible = Panel bu buyurtmaga hozir refill qilib boʻlmasligini bildirmoqda. Refill faqat bajarilgan va soni kamaygan buyurtmalar uchun, xizmatning refill muddati ichida beriladi.
panel-error-refill-too-early = Bu buyurtma uchun refill soʻrashga hali erta. Keyinroq qayta urinib koʻring (odatda panellar bajarilgandan yoki oxirgi refilldan keyin 24 soat kutadi).
panel-error-refill-period-over = Bu buyurtmaning refill muddati tugagan: unga endi refill qilib boʻlmaydi.
panel-error-refill-already = Bu buyurtma uchun refill allaqachon soʻralgan va hali tugamagan. Qayta soʻrashdan oldin u tugashini kuting.
panel-error-refill-disabled = Bu xizmatda refill yoʻq, shuning uchun buyurtmaga refill qilib boʻlmaydi.
panel-error-refill-unsupported = Bu panel API orqali refill imkonini bermaydi.
panel-error-cancel-refused = Panel bu buyurtmani bekor qilishni rad etdi (u allaqachon bajarilayotgan yoki tugagan boʻlishi mumkin). Agar baribir bekor qilish kerak boʻlsa, panel qoʻllab-quvvatlash xizmatiga murojaat qiling.
panel-error-cancel-unsupported = Bu panel API orqali bekor qilish imkonini bermaydi, shuning uchun unda bekor qilish tugmalari yashirilgan.
panel-error-maintenance = Panel hozir javob bermayapti: texnik ishlar olib borilmoqda, shuning uchun hech narsa bajarilmadi. Keyinroq qayta urinib koʻring.
panel-error-blocked = Panelning botlardan himoyasi (masalan, Cloudflare) soʻrovni blokladi, shuning uchun hech narsa bajarilmadi. Qayta urinish yordam bermaydi: panel API ga kirishga ruxsat berishi kerak. Bu haqda panel qoʻllab-quvvatlash xizmatiga xabar bering.
panel-error-panel-said = Panel javobi: { $text }
panel-error-invalid-input-code = Panel soʻrovni izohsiz rad etdi (uning kodi: { $code }).
