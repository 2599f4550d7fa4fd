# /export and the /orders filters.
cmd-export = Скачать заказы этого чата в CSV
history-export-caption = 📄 Заказов: { $count } (id, дата, аккаунт, услуга, ссылка, количество, списано, валюта, статус, начальное число, осталось).
history-filter-all = Все
history-filter-all-on = • Все
history-filter-active = ⏳ Активные
history-filter-active-on = • ⏳ Активные
history-filter-finished = ✅ Завершённые
history-filter-finished-on = • ✅ Завершённые
history-filter-empty = Нет заказов по этому фильтру.
