# /services: xizmatlar katalogi.
services-categories = 📚 <b>Xizmatlar</b> · { $count } ta kategoriya. Birini tanlang yoki /services MATN bilan qidiring.
services-page = { $page }/{ $pages }
services-category-title = 📂 <b>{ $category }</b> · { $count } ta xizmat
services-search-title = 🔎 “{ $query }” boʻyicha natijalar: { $count }
services-line = <b>{ $id }</b> · { $name }
    { $rate } · { $min }–{ $max }
services-rate = 1000 ta uchun { $rate }
services-rate-package = paket uchun { $rate }
services-card-title = 🛍 <b>{ $name }</b>
services-card-id = ID { $id } · { $category }
services-card-type = Turi: { $type }
services-card-rate = Narx: { $rate }
services-card-limits = Miqdor: { $min } – { $max }
services-card-limits-per-post = Har bir post uchun miqdor: { $min } – { $max }
services-card-flags = Refill: { $refill } · Bekor qilish: { $cancel } · Bosqichma-bosqich: { $dripfeed }
services-card-average-time = ⏱ Oʻrtacha vaqt: { $time }
services-yes = ✅
services-no = ❌
services-button-order = 🛒 Buyurtma berish
services-button-categories = 📚 Barcha kategoriyalar
services-search-none = “{ $query }” boʻyicha hech narsa topilmadi. Qisqaroq yoki boshqa soʻz bilan urinib koʻring yoki kategoriyalarni koʻrish uchun /services yuboring.
services-stale = ♻️ Oʻsha xabardan beri xizmatlar roʻyxati oʻzgardi. Mana joriy roʻyxat.
services-stale-alert = Xizmatlar roʻyxati oʻzgardi. Joriy roʻyxat koʻrsatilmoqda.
services-not-found = Bu xizmat endi panel roʻyxatida yoʻq.
services-empty = Panelda hozir birorta ham xizmat yoʻq.
services-query-expired = Bu qidiruvning muddati tugagan. /services MATN buyrugʻini qayta yuboring.
