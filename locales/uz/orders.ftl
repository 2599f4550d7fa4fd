# Buyurtma buyruqlari: /status, /orders, /refill, /refills, /cancel va buyurtma tugmalari.

## Umumiy
orders-invalid-ids = ⚠️ Oʻtkazib yuborildi, { $count ->
        [one] bu ID emas
       *[other] bular ID emas
    } (ID faqat raqamlardan iborat): { $tokens }
orders-invalid-more = va yana { $count } ta
orders-too-many = Bu { $count } ta ID. Bitta buyruqda koʻpi bilan { $max } tasini qabul qilaman: iltimos, ularni qismlarga boʻlib yuboring.
orders-refreshed = Yangilandi.

## Bitta ID boʻyicha qisqa natija
orders-item-unknown-order = ❓ bu akkauntda topilmadi
orders-item-unknown-refill = ❓ refill soʻrovi bu akkauntda topilmadi
orders-item-unavailable = ⚠️ panel javob bermadi, keyinroq urinib koʻring
orders-item-rate-limited = ⏳ panel soʻrovlarni cheklamoqda, bir daqiqadan soʻng urinib koʻring
orders-item-unknown-outcome = ⚠️ paneldan javob yoʻq: amal bajarilgan boʻlishi mumkin, qayta urinishdan oldin tekshiring
orders-item-invalid-key = 🔑 panel API kalitni rad etdi
orders-item-refill-disabled = ⛔ bu xizmat uchun refill oʻchirilgan
orders-item-refill-not-eligible = ⛔ bu buyurtma uchun refill (hozircha) mavjud emas
orders-item-refill-unsupported = ⛔ bu panelda refill imkoniyati yoʻq
orders-item-cancel-disabled = ⛔ bu xizmat uchun bekor qilish oʻchirilgan
orders-item-cancel-refused = ⛔ bu buyurtmani endi bekor qilib boʻlmaydi
orders-item-cancel-unsupported = ⛔ bu panelda buyurtmalarni bekor qilish imkoniyati yoʻq
orders-item-refused = ⛔ panel rad etdi: { $detail }
orders-item-refused-plain = ⛔ panel rad etdi
orders-item-error = ⚠️ nimadir xato ketdi, qayta urinib koʻring

## Buyurtma kartasidagi tugmalar
orders-button-refresh = 🔄 Yangilash
orders-button-refill = 🔁 Refill soʻrash
orders-button-cancel = ✖️ Buyurtmani bekor qilish
orders-button-cancel-confirm = Ha, buyurtma { $id } bekor qilinsin
orders-button-cancel-keep = Yoʻq, qolsin
orders-cancel-ask-one = Buyurtma { $id } bekor qilinsinmi? Tasdiqlash uchun “Ha” tugmasini bosing.

## /status
orders-status-usage =
    Buyruqdan keyin bir yoki bir nechta buyurtma ID raqamini yuboring, masalan:
    <code>/status 23501</code>
    <code>/status 23501, 23502 23503</code>
    Raqamlarni boʻsh joy, vergul yoki yangi qator bilan ajrating (koʻpi bilan { $max } ta).
orders-status-unknown = ❓ Buyurtma <code>{ $id }</code> bu akkauntda topilmadi.
orders-status-header = 📋 { $count } ta buyurtma holati:

## /orders
orders-list-empty =
    Bu chatda hali kuzatilayotgan buyurtmalar yoʻq.
    /order orqali buyurtma bering yoki panel saytida berilgan buyurtmalarni <code>/track ID</code> bilan kuzating.
orders-list-title = 📋 <b>Buyurtmalar</b> { $from }–{ $to } (jami { $total })
orders-list-not-checked = 🕓 hali tekshirilmagan
orders-list-fresh = 🔄 Hozirgina panel bilan tekshirildi.
orders-list-refresh-failed = Panel bilan tekshirib boʻlmadi: { $reason }
orders-button-prev = ◀ Yangiroq
orders-button-next = Eskiroq ▶
orders-button-refresh-page = 🔄 Yangilash
orders-button-details = 📦 { $id }

## /refill va /refills
orders-refill-usage =
    Refill kerak boʻlgan buyurtmalarning ID raqamlarini yuboring, masalan:
    <code>/refill 23501</code> yoki <code>/refill 23501 23502</code>
    Refill holatini keyinroq <code>/refills REFILL_ID</code> bilan tekshiring.
orders-refill-created = 🔁 refill <code>{ $refill }</code> soʻraldi
orders-refill-done-one = 🔁 Buyurtma { $id } uchun refill { $refill } soʻraldi. Tekshirish: /refills { $refill }.
orders-refill-failed-one = Buyurtma { $id }: { $reason }
orders-refill-header = 🔁 { $count } ta buyurtma uchun refill soʻrovlari:
orders-refill-summary = { $count } ta buyurtmadan { $created } tasi uchun refill soʻraldi. Ularni /refills bilan tekshiring.
orders-refills-usage =
    Buyruqdan keyin refill ID raqamlarini yuboring, masalan:
    <code>/refills 7</code> yoki <code>/refills 7 8 9</code>
orders-refills-one = 🔁 <b>Refill soʻrovi { $id }</b>
    { $status }
orders-refills-unknown = ❓ Refill soʻrovi <code>{ $id }</code> bu akkauntda topilmadi.
orders-refills-header = 🔁 { $count } ta refill holati:

## /cancel
orders-cancel-usage =
    Bekor qilinadigan buyurtmalarning ID raqamlarini yuboring, masalan:
    <code>/cancel 23501</code> yoki <code>/cancel 23501 23502</code>
    Biror narsa bekor qilinishidan oldin tasdiqlashingizni soʻrayman. (Qadamma-qadam muloqot ochiq boʻlsa, /cancel uni yopadi.)
orders-cancel-confirm =
    { $count ->
        [one] Bu buyurtma bekor qilinsinmi?
       *[other] Bu { $count } ta buyurtma bekor qilinsinmi?
    } { $ids }
    Har qanday xizmatni ham bekor qilib boʻlmaydi: buni har bir buyurtma uchun panel hal qiladi.
orders-cancel-yes = { $count ->
        [one] Ha, buyurtmani bekor qilish
       *[other] Ha, { $count } ta buyurtmani bekor qilish
    }
orders-cancel-no = Yoʻq
orders-cancel-kept = Hech narsa bekor qilinmadi.
orders-cancel-ok = ✅ bekor qilish soʻraldi
orders-cancel-done-one = ✅ Buyurtma { $id } uchun bekor qilish soʻraldi.
orders-cancel-failed-one = Buyurtma { $id }: { $reason }
orders-cancel-header = ✖️ { $count } ta buyurtma uchun bekor qilish soʻrovlari:
orders-list-account-gone = (uning akkaunti endi ulanmagan)
