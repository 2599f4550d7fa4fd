# Repeat, favourites and recent services.
orders-button-repeat = 🔂 Повторить заказ
tracking-button-repeat = 🔂 Повторить { $id }
repeat-unknown = Я не знаю, какая услуга была в заказе { $id } (он оформлен не через меня), поэтому не могу его повторить. Используйте /order.
order-repeat-changed = ⚠️ С момента того заказа услуга изменилась. Я спрошу заново:
order-repeat-field = • { $field }: { $problem }
order-repeat-ask-again = нужно выбрать заново
order-shortlist-title = ⭐ Избранные и недавние услуги — вверху.
order-shortlist-favourite = ⭐ { $price } · { $name }
order-shortlist-recent = 🕘 { $price } · { $name }
services-button-favourite = ⭐ В избранное
services-button-unfavourite = ☆ Убрать из избранного
services-favourite-added = ⭐ Добавлено в избранное: в /order будет первой.
services-favourite-removed = Убрано из избранного.
