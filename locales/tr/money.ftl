# Money: funds shortfall and the low-balance alert.
money-shortfall = Eksik: <b>{ $shortfall }</b>. Bakiye yükleyin ya da daha az sipariş verin.
money-button-change-quantity = ✏️ Daha az sipariş
money-low-balance = 🪫 Bakiyeniz ({ $balance }) { $threshold } uyarı eşiğinin altında.
money-settings-low-off = 🪫 Düşük bakiye uyarısı: kapalı
money-settings-low-on = 🪫 Düşük bakiye uyarısı: { $amount } altı
