# Resilience: unreadable secrets, slow panels, unknown placements, catalogue sanity.
account-unreadable = 🔑 Panel hisobini qayta ulash kerak: saqlangan API kalitini endi o‘qiy olmayman (botning shifrlash kaliti o‘zgartirilgan). /connect yuboring va kalitni qayta qo‘shing.
account-unreadable-group = 🔑 Bu guruhning panel hisobini qayta ulash kerak: saqlangan API kalitini endi o‘qiy olmayman (botning shifrlash kaliti o‘zgartirilgan). Guruh admini uni /connect bilan qayta ulashi mumkin.
conversation-state-lost = Tugallanmagan qadamingiz bot yangilangandan keyin yo‘qoldi, shuning uchun uni yopdim. Panelga hech narsa yuborilmadi; qaytadan boshlang.
budget-still-waiting = ⏳ Panel sekin javob bermoqda — hali kutyapman… (/cancel kutishni to‘xtatadi)
budget-wait-cancelled = Paneldan javob kutishni to‘xtatdim. Hech narsa o‘zgartirilmadi.
services-card-unavailable = ⚠️ Bu xizmat mavjud emas: panel unga imkonsiz cheklovlar yoki narx ko‘rsatgan, shuning uchun uni bu yerda buyurtma qilib bo‘lmaydi.
