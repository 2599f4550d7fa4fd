# Money: funds shortfall and the low-balance alert.
money-shortfall = Faltan: <b>{ $shortfall }</b>. Recarga el saldo o pide menos.
money-button-change-quantity = ✏️ Pedir menos
money-low-balance = 🪫 Tu saldo ({ $balance }) está por debajo de tu umbral de aviso de { $threshold }.
money-settings-low-off = 🪫 Aviso de saldo bajo: desactivado
money-settings-low-on = 🪫 Aviso de saldo bajo: por debajo de { $amount }
