# /export and the /orders filters.
cmd-export = Prenesite naročila tega klepeta kot datoteko CSV
history-export-caption = 📄 Naročil: { $count } (id, datum, račun, storitev, povezava, količina, strošek, valuta, stanje, začetno število, preostanek).
history-filter-all = Vsa
history-filter-all-on = • Vsa
history-filter-active = ⏳ V teku
history-filter-active-on = • ⏳ V teku
history-filter-finished = ✅ Končana
history-filter-finished-on = • ✅ Končana
history-filter-empty = Temu filtru ne ustreza nobeno naročilo.
