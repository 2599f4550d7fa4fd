# Money: funds shortfall and the low-balance alert.
money-shortfall = Missing: <b>{ $shortfall }</b>. Top up, or order less.
money-button-change-quantity = ✏️ Order less
money-low-balance = 🪫 Your balance ({ $balance }) is below your alert threshold of { $threshold }.
money-settings-low-off = 🪫 Low-balance alert: off
money-settings-low-on = 🪫 Low-balance alert: below { $amount }
