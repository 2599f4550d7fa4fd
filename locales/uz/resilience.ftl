# Resilience: unreadable secrets, slow panels, unknown placements, catalogue sanity.
account-unreadable = 🔑 Panel hisobini qayta ulash kerak: saqlangan API kalitini endi o‘qiy olmayman (botning shifrlash kaliti o‘zgartirilgan). /connect yuboring va kalitni qayta qo‘shing.
account-unreadable-group = 🔑 Bu guruhning panel hisobini qayta ulash kerak: saqlangan API kalitini endi o‘qiy olmayman (botning shifrlash kaliti o‘zgartirilgan). Guruh admini uni /connect bilan qayta ulashi mumkin.
conversation-state-lost = Tugallanmagan qadamingiz bot yangilangandan keyin yo‘qoldi, shuning uchun uni yopdim. Panelga hech narsa yuborilmadi; qaytadan boshlang.
budget-still-waiting = ⏳ Panel sekin javob bermoqda — hali kutyapman… (/cancel kutishni to‘xtatadi)
budget-wait-cancelled = Paneldan javob kutishni to‘xtatdim. Hech narsa o‘zgartirilmadi.
services-card-unavailable = ⚠️ Bu xizmat mavjud emas: panel unga imkonsiz cheklovlar yoki narx ko‘rsatgan, shuning uchun uni bu yerda buyurtma qilib bo‘lmaydi.
placement-unknown-notice =
    ⚠️ <b>Buyurtma berilgan bo‘lishi mumkin</b>
    Bu buyurtmani { $panel } ga yuborayotganimda qayta ishga tushdim, shuning uchun panel uni qabul qilganini bilmayman. Panel API buyurtmalar ro‘yxatini bera olmaydi: { $panel } saytidagi buyurtmalar sahifasini tekshiring. Buyurtma u yerda bo‘lsa, “ID bo‘yicha kuzatish”ni bosing va uning ID raqamini yuboring; bo‘lmasa, “Yopish”ni bosing.
placement-details =
    ❓ <b>{ $service }</b> (#{ $id })
    Havola: { $link }
    Miqdor: { $quantity }
placement-unknown-title = ❓ <b>Natija noma’lum</b> — bu buyurtmalar berilgan bo‘lishi mumkin (panel saytida tekshiring):
placement-button-track = 🔎 ID bo‘yicha kuzatish
placement-button-dismiss = ✖️ Yopish
placement-dismissed = Yopildi: endi ro‘yxatda ko‘rsatilmaydi.
placement-track-ask = Bu xabarga { $panel } saytidagi buyurtmalar sahifasidan buyurtma ID raqami bilan javob bering.
placement-track-bad-id = Bitta buyurtma ID raqami bilan javob bering (faqat raqamlar).
placement-track-unknown-id = Panel { $id } buyurtmasini bilmaydi. ID raqamini panel saytida tekshirib, qayta javob bering.
placement-tracked = ✅ { $id } buyurtmasi endi kuzatilmoqda ({ $status }): u /orders ro‘yxatida, holati o‘zgarsa xabar beraman.
