# Money: funds shortfall and the low-balance alert.
money-shortfall = Manjka: <b>{ $shortfall }</b>. Dopolnite dobroimetje ali naročite manj.
money-button-change-quantity = ✏️ Naroči manj
money-low-balance = 🪫 Vaše dobroimetje ({ $balance }) je pod pragom opozorila { $threshold }.
money-settings-low-off = 🪫 Opozorilo o nizkem dobroimetju: izklopljeno
money-settings-low-on = 🪫 Opozorilo o nizkem dobroimetju: pod { $amount }
