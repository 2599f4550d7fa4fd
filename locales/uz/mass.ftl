# /mass: many orders at once.
cmd-mass = Bir yo'la ko'p buyurtma (har qatorda xizmat | havola | miqdor)
mass-usage =
    📑 <b>Ommaviy buyurtma</b>: { $max } tagacha qator yuboring, har qatorda bitta buyurtma:
    <code>xizmat | havola | miqdor</code>
    masalan <code>1448 | https://instagram.com/p/abc | 1000</code>. Bo'sh joy, vergul yoki nuqtali vergul ham bo'ladi. Har bir qatorni tekshirib, hech narsa buyurtma qilinmasdan oldin jami narxni ko'rsataman.
mass-reason-format = kutilgan: xizmat | havola | miqdor
mass-reason-unknown-service = bu panelda { $id } xizmati yo'q
mass-reason-needs-fields = { $type } turidagi xizmatga ko'proq ma'lumot kerak: /order dan foydalaning
mass-reason-bad-link = havola noto'g'ri ko'rinadi
mass-reason-bad-quantity = miqdor butun son emas
mass-reason-quantity-range = miqdor { $min }–{ $max } bo'lishi kerak
mass-reason-invalid = panel bu qatorni qabul qilmaydi
mass-preview-title = 📑 <b>Ommaviy buyurtma</b> · tayyor { $valid }, rad etilgan { $refused }
mass-line-ok = ✅ { $n }. <code>{ $id }</code> · { $quantity } · { $link } · { $price }
mass-line-refused = ❌ { $n }. { $text } — { $reason }
mass-preview-total = 💵 Jami: <b>{ $price }</b>
mass-over = ⚠️ Yana { $count } qator e'tiborsiz qoldirildi (ko'pi bilan { $max }).
mass-none-valid = Hech bir qatorni buyurtma qilib bo'lmaydi. Ularni tuzatib, /mass ni qayta yuboring.
mass-button-confirm = ✅ { $count } ta buyurtma berish
mass-progress = ⏳ Buyurtmalar berilmoqda: { $count } tadan { $done }…
mass-progress-resumed = ⏳ Davom etmoqda: yuborilgan qatorlar qayta yuborilmaydi ({ $count } qator)…
mass-progress-done = ✅ Tayyor: { $count } tadan { $placed } ta buyurtma berildi.
mass-result-title = 📑 <b>Ommaviy buyurtma natijasi</b> · { $count } qatordan { $placed } ta berildi
mass-result-placed = { $n }. ✅ buyurtma <code>{ $id }</code>
mass-result-refused = { $n }. ❌ { $reason }
mass-result-failed = { $n }. ❌ berilmadi: { $reason }
mass-result-unknown = { $n }. ❓ panel javob bermadi — qayta buyurtma berishdan oldin /orders ni tekshiring
mass-result-not-sent = { $n }. ⏸ yuborilmadi
mass-already-confirmed = Bu buyurtmalar allaqachon berilmoqda.
mass-already-done = Allaqachon berilgan; hech narsa qayta yuborilmadi. Mana natija.
mass-cancelled = Ommaviy buyurtma bekor qilindi. Hech narsa buyurtma qilinmadi.
