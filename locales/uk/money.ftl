# Money: funds shortfall and the low-balance alert.
money-shortfall = Бракує: <b>{ $shortfall }</b>. Поповніть баланс або замовте менше.
money-button-change-quantity = ✏️ Замовити менше
money-low-balance = 🪫 Ваш баланс ({ $balance }) нижчий за поріг сповіщення { $threshold }.
money-settings-low-off = 🪫 Сповіщення про низький баланс: вимк.
money-settings-low-on = 🪫 Сповіщення про низький баланс: нижче { $amount }
