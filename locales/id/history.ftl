# /export: the chat's orders as CSV.
cmd-export = Unduh pesanan obrolan ini sebagai file CSV
history-export-caption = 📄 { $count } pesanan (id, tanggal, akun, layanan, tautan, jumlah, biaya, mata uang, status, hitungan awal, sisa).
