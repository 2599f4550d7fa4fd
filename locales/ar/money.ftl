# Money: funds shortfall and the low-balance alert.
money-shortfall = الناقص: <b>{ $shortfall }</b>. اشحن رصيدك أو اطلب كمية أقل.
money-button-change-quantity = ✏️ اطلب أقل
money-low-balance = 🪫 رصيدك ({ $balance }) أقل من حد التنبيه { $threshold }.
money-settings-low-off = 🪫 تنبيه انخفاض الرصيد: معطّل
money-settings-low-on = 🪫 تنبيه انخفاض الرصيد: أقل من { $amount }
