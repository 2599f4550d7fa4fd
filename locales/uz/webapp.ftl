# Mini ilova (issue 16): botning tugmasi va menyusi hamda ilovaning barcha matnlari.
app-button-open = 🛍 Katalog
app-menu-button = Katalog
app-open-text = Katalogni koʻring, buyurtma bering va ularni ilovada kuzating:
app-off = Bu botda ilova yoqilmagan.
app-private-only = Ilova men bilan shaxsiy chatda ochiladi.

app-tab-catalogue = Katalog
app-tab-orders = Buyurtmalar
app-tab-account = Akkaunt
app-loading = Yuklanmoqda…
app-retry = Qayta urinish
app-back = Orqaga
app-close = Yopish

app-search-placeholder = Xizmatlarni qidirish…
app-results = { $count ->
    [one] { $count } ta xizmat
   *[other] { $count } ta xizmat
}
app-no-results = Mos xizmat topilmadi.
app-filters = Filtrlar
app-filters-reset = Tozalash
app-filter-platform = Platforma
app-filter-type = Turi
app-filter-all = Hammasi
app-filter-refill = Refill bor
app-filter-dripfeed = Bosqichma-bosqich
app-filter-price-min = Narx (dan)
app-filter-price-max = Narx (gacha)
app-sort = Saralash
app-sort-default = Paneldagi tartib
app-sort-price-asc = Avval arzonlari
app-sort-price-desc = Avval qimmatlari
app-platform-other = Boshqa

app-rate-per-1000 = 1000 ta uchun { $rate }
app-rate-package = Paket uchun { $rate }
app-rate-subscription = Har bir post uchun 1000 tasiga { $rate }
app-limits = { $min }–{ $max }
app-flag-refill = ♻️ Refill bor
app-flag-cancel = ✖️ Bekor qilish
app-flag-dripfeed = 💧 Bosqichma-bosqich

app-service-id = Xizmat { $id }
app-service-category = Kategoriya
app-service-type = Turi
app-service-rate = Narx
app-service-limits = Min–maks
app-service-time = Oʻrtacha vaqt
app-service-time-unknown = panel koʻrsatmagan
app-service-description = Tavsif
app-service-order = Bu xizmatga buyurtma berish

app-form-title = Yangi buyurtma
app-form-lines-hint = Har qatorga bittadan
app-form-choose = Tanlang…
app-form-optional = ixtiyoriy
app-form-dripfeed = Bosqichma-bosqich yetkazish (bosqichlarga boʻlish)
app-form-total = Jami: { $total }
app-form-price = Narx
app-form-price-max = Narx (koʻpi bilan)
app-form-price-unknown = Narxni koʻrish uchun maydonlarni toʻldiring
app-form-balance = Balans
app-form-balance-unknown = nomaʼlum
app-form-balance-low = Balansingiz narxdan kam.
app-form-confirm = Buyurtmani tasdiqlash · { $price }
app-form-confirm-plain = Buyurtmani tasdiqlash
app-form-fix = Iltimos, qizil bilan belgilangan maydonlarni tuzating.
app-form-sending = Buyurtma berilmoqda…

app-error-required = Bu maydon majburiy.
app-error-link = Bu yaroqli havola emas.
app-error-number = Butun son kiriting.
app-error-range = { $min } dan { $max } gacha son kiriting.
app-error-too-small = Kamida { $min } kiriting.
app-error-lines-range = { $min } dan { $max } gacha qator kiriting (hozir { $count } ta).
app-error-one-line = Bitta qator kiriting.
app-error-date = Oʻtmishda boʻlmagan sanani kiriting (kun/oy/yil).
app-error-choice = Variantlardan birini tanlang.
app-error-max-below-min = Maksimum minimumdan kam boʻlishi mumkin emas.
app-error-not-supported = Bu xizmatda bunday imkoniyat yoʻq.
app-error-invalid = Bu qiymat yaroqsiz.

app-result-placed = ✅ { $id } raqamli buyurtma berildi
app-result-price = Narx: { $price }
app-result-tracked = U buyurtmalar roʻyxatingizda, holati oʻzgarganda esa chatda xabar beraman.
app-result-unknown = ⚠️ Panel oʻz vaqtida javob bermadi, shuning uchun natija nomaʼlum. Qayta urinishdan oldin buyurtmalaringizni tekshiring.
app-result-failed = ❌ Buyurtma berilmadi: { $reason }
app-result-view-orders = Buyurtmalarimni koʻrish
app-result-new = Yana buyurtma berish

app-panel-invalid-key = panel API kalitni rad etdi (chatda /connect orqali yaroqli kalitni ulang)
app-panel-funds = panel balansingizda mablagʻ yetarli emas
app-panel-invalid-input = panel buyurtmani notoʻgʻri deb rad etdi
app-panel-service = panel endi bu xizmatni taklif qilmaydi
app-panel-link = panel havolani qabul qilmadi
app-panel-quantity = panel miqdorni qabul qilmadi
app-panel-active-order = bu havola uchun allaqachon faol buyurtma bor
app-panel-rate-limited = panel soʻrovlarni cheklamoqda; bir daqiqadan soʻng qayta urinib koʻring
app-panel-unavailable = panel hozir javob bermayapti
app-panel-no-account = panel akkaunti ulanmagan (chatda /connect yuboring)
app-panel-error = nimadir xato ketdi; qayta urinib koʻring

app-error-auth = Seansingiz muddati tugadi. Ilovani yoping va chatdan qaytadan oching.
app-error-rate = Soʻrovlar juda koʻp. Biroz kuting va qayta urinib koʻring.
app-error-price-changed = Narx { $price } ga oʻzgardi. Uni tekshiring va qaytadan tasdiqlang.
app-error-network = Ulanib boʻlmadi. Buyurtma formangiz saqlanib qoldi — qayta urinib koʻring.
app-error-no-account = Siz hali panel akkauntini ulamagansiz. Chatda botga /connect yuboring.
app-error-generic = Nimadir xato ketdi. Iltimos, qayta urinib koʻring.

app-orders-empty = Hozircha buyurtmalar yoʻq. Bu yerda yoki chatda bergan buyurtmalaringiz shu roʻyxatda koʻrinadi.
app-orders-refresh = Yangilash
app-orders-filter-all = Hammasi
app-orders-filter-active = Faol
app-orders-filter-done = Tugallangan
app-orders-order = Buyurtma { $id }
app-orders-charge = Yechildi: { $charge }
app-orders-remains = Qolgan: { $remains }
app-orders-progress = { $quantity } tadan { $done } tasi
app-orders-status-unknown = Hali tekshirilmagan
app-orders-repeat = Takrorlash
app-orders-refill = Refill soʻrash
app-orders-cancel = Bekor qilish
app-orders-cancel-confirm = { $id } raqamli buyurtma bekor qilinsinmi?
app-orders-refill-done = Refill { $id } soʻraldi.
app-orders-cancel-done = { $id } raqamli buyurtmani bekor qilish soʻraldi.
app-orders-action-failed = Bajarilmadi: { $reason }
app-orders-updated = Yangilandi

app-account-title = Panel akkauntingiz
app-account-panel = Panel nomi
app-account-currency = Valyuta
app-account-balance = Balans
app-account-active = Faol
app-account-none = Panel akkaunti ulanmagan. Chatda botga /connect yuboring.
cmd-app = Katalog ilovasini ochish
