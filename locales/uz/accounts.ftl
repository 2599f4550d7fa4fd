cmd-accounts = Panel akkauntlaringiz: almashtirish, nomini oʻzgartirish, uzish
accounts-title = 👤 <b>Panel akkauntlaringiz</b> ({ $count })
accounts-title-group = 👤 <b>Bu guruhning panel akkauntlari</b> ({ $count })
accounts-none = Sizda hali ulangan panel akkaunti yoʻq. Uni pastdagi tugma yoki /connect orqali qoʻshing.
accounts-none-group = Bu guruhga hali panel akkaunti ulanmagan. Admin uni pastdagi tugma yoki /connect orqali qoʻshishi mumkin.
accounts-balance = 💰 { $balance }
accounts-balance-unavailable = 💰 balansni olib boʻlmadi: { $reason }
accounts-unreadable = ⚠️ qayta ulash kerak: uning kalitini /connect orqali yana ulang
accounts-active-hint = ✅ faol akkauntni belgilaydi: /balance, /services, /order, /status, /track, /refill va /cancel shu akkauntdan foydalanadi. Buyurtma qaysi akkaunt orqali berilgan yoki kuzatuvga olingan boʻlsa, oʻsha akkauntga bogʻliq qoladi.
accounts-button-use = ▫️ Tanlash: { $name }
accounts-button-active = ✅ { $name }
accounts-button-rename = ✏️ Nomini oʻzgartirish
accounts-button-disconnect = ❌ Uzish
accounts-button-add = ➕ Akkaunt qoʻshish
accounts-button-refresh = 🔄 Yangilash
accounts-switched = Endi { $name } ishlatilmoqda.
accounts-rename-ask = ✏️ { $name } uchun yangi nom yuboring ({ $max } belgigacha) yoki panel nomini yana koʻrsatish uchun “-” yuboring.
accounts-renamed = ✅ Yangi nom: <b>{ $name }</b>. Qarang: /accounts.
accounts-rename-cleared = ✅ Akkaunt yana oʻz panelining nomini koʻrsatadi. Qarang: /accounts.
accounts-rename-too-long = Iltimos, 1 dan { $max } tagacha belgidan iborat nom yoki “-” yuboring.
accounts-disconnect-confirm = <b>{ $name }</b> uzilsinmi? { $orders ->
    [0] U orqali hech qanday buyurtma kuzatilmayapti.
    [one] U orqali kuzatilayotgan buyurtma endi kuzatilmaydi.
   *[other] U orqali kuzatilayotgan { $orders } ta buyurtma endi kuzatilmaydi.
}
accounts-disconnect-yes = ❌ Ha, uzish
accounts-disconnect-no = Qoldirish
accounts-disconnected = ✅ <b>{ $name }</b> uzildi, uning kaliti oʻchirildi. { $orders ->
    [0] {""}
    [one] Kuzatilayotgan 1 ta buyurtma endi kuzatilmaydi.
   *[other] Kuzatilayotgan { $orders } ta buyurtma endi kuzatilmaydi.
}
accounts-too-many = Sizda allaqachon { $max } ta akkaunt bor: avval /accounts boʻlimida bittasini uzing.
accounts-now-active = Endi bu sizning faol akkauntingiz (ulanganlar soni: { $count }): ularni /accounts boʻlimida almashtiring yoki nomini oʻzgartiring.
accounts-found-on = { $name } akkauntingiz orqali topildi.
accounts-order-account = 👤 { $name }
