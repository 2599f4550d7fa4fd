# Money: funds shortfall and the low-balance alert.
money-shortfall = Не хватает: <b>{ $shortfall }</b>. Пополните баланс или закажите меньше.
money-button-change-quantity = ✏️ Заказать меньше
money-low-balance = 🪫 Ваш баланс ({ $balance }) ниже порога оповещения { $threshold }.
money-settings-low-off = 🪫 Оповещение о низком балансе: выкл.
money-settings-low-on = 🪫 Оповещение о низком балансе: ниже { $amount }
