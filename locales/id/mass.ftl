# /mass: many orders at once.
cmd-mass = Banyak pesanan sekaligus (layanan | tautan | jumlah per baris)
mass-usage =
    📑 <b>Pesanan massal</b>: kirim hingga { $max } baris, satu pesanan per baris:
    <code>layanan | tautan | jumlah</code>
    misalnya <code>1448 | https://instagram.com/p/abc | 1000</code>. Spasi, koma, atau titik koma juga bisa. Saya periksa setiap baris dan menunjukkan totalnya sebelum apa pun dipesan.
mass-reason-format = seharusnya: layanan | tautan | jumlah
mass-reason-unknown-service = tidak ada layanan { $id } di panel ini
mass-reason-needs-fields = layanan { $type } butuh jawaban lain: gunakan /order
mass-reason-bad-link = tautannya tampak tidak benar
mass-reason-bad-quantity = jumlah bukan bilangan bulat
mass-reason-quantity-range = jumlah harus { $min }–{ $max }
mass-reason-invalid = panel tidak akan menerima baris ini
mass-preview-title = 📑 <b>Pesanan massal</b> · { $valid } siap, { $refused } ditolak
mass-line-ok = ✅ { $n }. <code>{ $id }</code> · { $quantity } · { $link } · { $price }
mass-line-refused = ❌ { $n }. { $text } — { $reason }
mass-preview-total = 💵 Total harga: <b>{ $price }</b>
mass-over = ⚠️ { $count } baris lainnya diabaikan (maksimal { $max }).
mass-none-valid = Tidak ada baris yang bisa dipesan. Perbaiki lalu kirim /mass lagi.
mass-button-confirm = ✅ Buat { $count } pesanan
mass-progress = ⏳ Membuat pesanan: { $done } dari { $count }…
mass-progress-resumed = ⏳ Melanjutkan: baris yang sudah dikirim tidak dikirim lagi ({ $count } baris)…
mass-progress-done = ✅ Selesai: { $placed } dari { $count } pesanan dibuat.
mass-result-title = 📑 <b>Hasil pesanan massal</b> · { $placed } dibuat dari { $count } baris
mass-result-placed = { $n }. ✅ pesanan <code>{ $id }</code>
mass-result-refused = { $n }. ❌ { $reason }
mass-result-failed = { $n }. ❌ tidak dibuat: { $reason }
mass-result-unknown = { $n }. ❓ panel tidak menjawab — cek /orders sebelum memesan lagi
mass-result-not-sent = { $n }. ⏸ tidak dikirim
mass-already-confirmed = Pesanan ini sedang dibuat.
mass-already-done = Sudah dibuat; tidak ada yang dikirim lagi. Ini hasilnya.
mass-cancelled = Pesanan massal dibatalkan. Tidak ada yang dipesan.
