# /export and the /orders filters.
cmd-export = Bu sohbetin siparişlerini CSV dosyası olarak indir
history-export-caption = 📄 { $count } sipariş (id, tarih, hesap, hizmet, bağlantı, miktar, ücret, para birimi, durum, başlangıç sayısı, kalan).
history-filter-all = Tümü
history-filter-all-on = • Tümü
history-filter-active = ⏳ Aktif
history-filter-active-on = • ⏳ Aktif
history-filter-finished = ✅ Biten
history-filter-finished-on = • ✅ Biten
history-filter-empty = Bu filtreye uyan sipariş yok.
