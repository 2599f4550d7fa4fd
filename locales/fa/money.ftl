# Money: funds shortfall and the low-balance alert.
money-shortfall = کسری: <b>{ $shortfall }</b>. موجودی را شارژ کنید یا کمتر سفارش دهید.
money-button-change-quantity = ✏️ سفارش کمتر
money-low-balance = 🪫 موجودی شما ({ $balance }) کمتر از آستانهٔ هشدار { $threshold } است.
money-settings-low-off = 🪫 هشدار موجودی کم: خاموش
money-settings-low-on = 🪫 هشدار موجودی کم: کمتر از { $amount }
