# /export: the chat's orders as CSV.
cmd-export = Скачать заказы этого чата в CSV
history-export-caption = 📄 Заказов: { $count } (id, дата, аккаунт, услуга, ссылка, количество, списано, валюта, статус, начальное число, осталось).
