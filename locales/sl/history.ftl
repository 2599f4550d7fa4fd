# /export: the chat's orders as CSV.
cmd-export = Prenesite naročila tega klepeta kot datoteko CSV
history-export-caption = 📄 Naročil: { $count } (id, datum, račun, storitev, povezava, količina, strošek, valuta, stanje, začetno število, preostanek).
