# Repeat, favourites and recent services.
orders-button-repeat = 🔂 Замовити ще раз
tracking-button-repeat = 🔂 Ще раз { $id }
repeat-unknown = Я не знаю, яку послугу мало замовлення { $id } (його оформлено не через мене), тож не можу його повторити. Скористайтеся /order.
order-repeat-changed = ⚠️ Відтоді послуга змінилася. Я запитаю ще раз:
order-repeat-field = • { $field }: { $problem }
order-repeat-ask-again = потрібно вибрати знову
order-shortlist-title = ⭐ Обрані й нещодавні послуги — вгорі.
order-shortlist-favourite = ⭐ { $price } · { $name }
order-shortlist-recent = 🕘 { $price } · { $name }
services-button-favourite = ⭐ До обраного
services-button-unfavourite = ☆ Прибрати з обраного
services-favourite-added = ⭐ Додано до обраного: у /order буде першою.
services-favourite-removed = Прибрано з обраного.
