# /export: the chat's orders as CSV.
cmd-export = Завантажити замовлення цього чату у CSV
history-export-caption = 📄 Замовлень: { $count } (id, дата, акаунт, послуга, посилання, кількість, списано, валюта, статус, початкове число, залишок).
