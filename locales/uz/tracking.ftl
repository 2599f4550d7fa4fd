# Buyurtmalarni kuzatish: /track, /untrack, /settings va holat oʻzgarishi haqidagi bildirishnomalar.

## Bildirishnomalar (HTML)
tracking-notify-title = 🔔 <b>Buyurtmalardagi oʻzgarishlar: { $count }</b>
tracking-notify-progress = 📈 Bajarilish jarayoni
tracking-notify-part = { $parts } ta xabardan { $part }-si
tracking-notify-open-orders = Barchasini koʻrish va boshqarish uchun /orders yuboring.
tracking-refill-card = ♻️ <b>Refill soʻrovi { $id }</b> · buyurtma { $order }
tracking-button-refresh = 🔄 { $id }
tracking-button-refill = 🔁 { $id }: refill soʻrash
tracking-button-cancel = ✖️ { $id }: bekor qilish
tracking-button-refill-refresh = 🔄 Refill soʻrovi { $id } holati
tracking-reconnect-rejected = ⚠️ { $panel } paneli ulangan API kalitni endi qabul qilmayapti (kalit oʻzgartirilgan yoki bekor qilingan, yoki akkaunt bloklangan), shuning uchun u bilan tekshiriladigan buyurtmalarni kuzatishni toʻxtatdim. /connect buyrugʻi bilan amaldagi kalitni ulang, kuzatish davom etadi.
tracking-reconnect-undecryptable = ⚠️ { $panel } paneli uchun saqlangan API kalitni endi oʻqiy olmayapman (botning shifrlash kaliti oʻzgartirilgan), shuning uchun u bilan tekshiriladigan buyurtmalarni kuzatishni toʻxtatdim. /connect buyrugʻi bilan kalitni qayta ulang, kuzatish davom etadi.

## /track va /untrack
tracking-track-usage =
    Panel saytida bergan buyurtmalaringizning ID raqamlarini yuboring — holati oʻzgarganda xabar beraman:
    <code>/track 23501</code>
    <code>/track 23501, 23502 23503</code>
    Bir martada koʻpi bilan { $max } ta ID. Toʻxtatish uchun: /untrack ID.
tracking-untrack-usage =
    Kuzatishni toʻxtatish kerak boʻlgan buyurtmalarning ID raqamlarini yuboring, masalan:
    <code>/untrack 23501 23502</code>
tracking-too-many = Bu { $count } ta ID. Bitta buyruqda koʻpi bilan { $max } tasini qabul qilaman: iltimos, ularni qismlarga boʻlib yuboring.
tracking-not-ids = ⚠️ Bu buyurtma ID emas (ID faqat raqamlardan iborat): { $tokens }
tracking-track-title = <b>Kuzatish</b>
tracking-untrack-title = <b>Kuzatishni toʻxtatish</b>
tracking-item-tracked = ✅ <code>{ $id }</code> — { $status }: oʻzgarganda xabar beraman.
tracking-item-tracked-final = ☑️ <code>{ $id }</code> — { $status }: allaqachon yakunlangan, /orders roʻyxatiga qoʻshildi, lekin kuzatilmaydi.
tracking-item-already = ℹ️ <code>{ $id }</code> bu chatda allaqachon kuzatilmoqda.
tracking-item-unknown = ❓ <code>{ $id }</code> — bu akkauntda topilmadi, kuzatilmaydi.
tracking-item-unavailable = ⚠️ <code>{ $id }</code> — panel javob bermadi, kuzatilmaydi. Keyinroq qayta urinib koʻring.
tracking-item-error = ⚠️ <code>{ $id }</code> — tekshirib boʻlmadi ({ $reason }), kuzatilmaydi.
tracking-item-untracked = ✅ <code>{ $id }</code> — endi kuzatilmaydi.
tracking-item-not-tracked = ℹ️ <code>{ $id }</code> — bu chatda kuzatilmagan edi.

## /settings
tracking-settings-title =
    ⚙️ <b>Sozlamalar</b>
    Bildirishnomalar kuzatilayotgan buyurtmaning holati oʻzgarganda xabar beradi. Jarayon bildirishnomalari esa boshlangʻich soni yoki qoldiq oʻzgarganda ham xabar beradi.
tracking-settings-notifications-on = 🔔 Bildirishnomalar: yoqilgan
tracking-settings-notifications-off = 🔕 Bildirishnomalar: oʻchirilgan
tracking-settings-progress-on = 📈 Jarayon bildirishnomalari: yoqilgan
tracking-settings-progress-off = 📉 Jarayon bildirishnomalari: oʻchirilgan
tracking-settings-saved = Saqlandi.
tracking-settings-private-only = Guruhlarda adminlar /notifications on yoki /notifications off buyrugʻidan foydalanadi. Shaxsiy /settings sozlamalaringiz uchun shaxsiy chatimizni oching.
