# /export and the /orders filters.
cmd-export = Завантажити замовлення цього чату у CSV
history-export-caption = 📄 Замовлень: { $count } (id, дата, акаунт, послуга, посилання, кількість, списано, валюта, статус, початкове число, залишок).
history-filter-all = Усі
history-filter-all-on = • Усі
history-filter-active = ⏳ Активні
history-filter-active-on = • ⏳ Активні
history-filter-finished = ✅ Завершені
history-filter-finished-on = • ✅ Завершені
history-filter-empty = Немає замовлень за цим фільтром.
