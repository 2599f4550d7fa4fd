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
