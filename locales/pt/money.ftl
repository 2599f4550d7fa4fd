# Money: funds shortfall and the low-balance alert.
money-shortfall = Faltam: <b>{ $shortfall }</b>. Carregue o saldo ou peça menos.
money-button-change-quantity = ✏️ Pedir menos
money-low-balance = 🪫 O seu saldo ({ $balance }) está abaixo do limite de alerta de { $threshold }.
money-settings-low-off = 🪫 Alerta de saldo baixo: desligado
money-settings-low-on = 🪫 Alerta de saldo baixo: abaixo de { $amount }
