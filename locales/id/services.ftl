# /services: katalog layanan.
services-categories = 📚 <b>Layanan</b> · { $count } kategori. Pilih salah satu, atau cari dengan /services TEKS.
services-page = { $page }/{ $pages }
services-category-title = 📂 <b>{ $category }</b> · { $count } layanan
services-search-title = 🔎 Hasil untuk “{ $query }”: { $count }
services-line = <b>{ $id }</b> · { $name }
    { $rate } · { $min }–{ $max }
services-rate = { $rate } per 1000
services-rate-package = { $rate } per paket
services-card-title = 🛍 <b>{ $name }</b>
services-card-id = ID { $id } · { $category }
services-card-type = Tipe: { $type }
services-card-rate = Harga: { $rate }
services-card-limits = Jumlah: { $min } – { $max }
services-card-limits-per-post = Jumlah per postingan: { $min } – { $max }
services-card-flags = Refill: { $refill } · Pembatalan: { $cancel } · Drip-feed: { $dripfeed }
services-card-average-time = ⏱ Waktu rata-rata: { $time }
services-yes = ✅
services-no = ❌
services-button-order = 🛒 Pesan
services-button-categories = 📚 Semua kategori
services-search-none = Tidak ada yang cocok dengan “{ $query }”. Coba kata yang lebih pendek atau berbeda, atau kirim /services untuk melihat kategori.
services-stale = ♻️ Daftar layanan sudah berubah sejak pesan itu. Ini daftar terbarunya.
services-stale-alert = Daftar layanan sudah berubah. Menampilkan daftar terbaru.
services-not-found = Layanan ini sudah tidak ada di daftar panel.
services-empty = Panel sedang tidak menampilkan layanan apa pun.
services-query-expired = Pencarian ini sudah kedaluwarsa. Kirim /services TEKS lagi.
