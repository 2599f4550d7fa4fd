# Money: funds shortfall and the low-balance alert.
money-shortfall = Yetishmaydi: <b>{ $shortfall }</b>. Balansni to'ldiring yoki kamroq buyurtma bering.
money-button-change-quantity = ✏️ Kamroq buyurtma
money-low-balance = 🪫 Balansingiz ({ $balance }) ogohlantirish chegarasi { $threshold } dan past.
money-settings-low-off = 🪫 Kam balans ogohlantirishi: o'chirilgan
money-settings-low-on = 🪫 Kam balans ogohlantirishi: { $amount } dan past
