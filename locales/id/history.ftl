# /export and the /orders filters.
cmd-export = Unduh pesanan obrolan ini sebagai file CSV
history-export-caption = 📄 { $count } pesanan (id, tanggal, akun, layanan, tautan, jumlah, biaya, mata uang, status, hitungan awal, sisa).
history-filter-all = Semua
history-filter-all-on = • Semua
history-filter-active = ⏳ Aktif
history-filter-active-on = • ⏳ Aktif
history-filter-finished = ✅ Selesai
history-filter-finished-on = • ✅ Selesai
history-filter-empty = Tidak ada pesanan yang cocok dengan filter ini.
