# Perintah pesanan: /status, /orders, /refill, /refills, /cancel, dan tombol pesanan.

## Umum
orders-invalid-ids = ⚠️ { $count } item dilewati karena bukan ID (ID hanya berisi angka): { $tokens }
orders-invalid-more = dan { $count } lainnya
orders-too-many = Itu { $count } ID. Saya hanya menerima maksimal { $max } dalam satu perintah: silakan kirim bertahap.
orders-refreshed = Diperbarui.

## Hasil singkat untuk satu ID
orders-item-unknown-order = ❓ tidak ditemukan di akun ini
orders-item-unknown-refill = ❓ refill tidak ditemukan di akun ini
orders-item-unavailable = ⚠️ panel tidak menjawab, coba lagi nanti
orders-item-rate-limited = ⏳ panel sedang membatasi permintaan, coba lagi dalam satu menit
orders-item-unknown-outcome = ⚠️ tidak ada jawaban dari panel: mungkin sudah diproses, cek dulu sebelum mencoba lagi
orders-item-invalid-key = 🔑 panel menolak kunci API
orders-item-refill-disabled = ⛔ refill tidak tersedia untuk layanan ini
orders-item-refill-not-eligible = ⛔ belum memenuhi syarat refill (saat ini)
orders-item-refill-unsupported = ⛔ panel ini tidak menyediakan refill
orders-item-cancel-disabled = ⛔ pembatalan tidak tersedia untuk layanan ini
orders-item-cancel-refused = ⛔ pesanan ini sudah tidak bisa dibatalkan
orders-item-cancel-unsupported = ⛔ panel ini tidak menyediakan pembatalan pesanan
orders-item-refused = ⛔ ditolak oleh panel: { $detail }
orders-item-refused-plain = ⛔ ditolak oleh panel
orders-item-error = ⚠️ terjadi kesalahan, silakan coba lagi

## Tombol kartu pesanan
orders-button-refresh = 🔄 Perbarui
orders-button-refill = 🔁 Refill
orders-button-cancel = ✖️ Batalkan pesanan
orders-button-cancel-confirm = Ya, batalkan pesanan { $id }
orders-button-cancel-keep = Tidak, biarkan
orders-cancel-ask-one = Batalkan pesanan { $id }? Tekan “Ya” untuk mengonfirmasi.

## /status
orders-status-usage =
    Kirim satu atau beberapa ID pesanan setelah perintah, misalnya:
    <code>/status 23501</code>
    <code>/status 23501, 23502 23503</code>
    Pisahkan ID dengan spasi, koma, atau baris baru (maksimal { $max }).
orders-status-unknown = ❓ Pesanan <code>{ $id }</code> tidak ditemukan di akun ini.
orders-status-header = 📋 Status { $count } pesanan:

## /orders
orders-list-empty =
    Belum ada pesanan yang dipantau di chat ini.
    Buat pesanan dengan /order, atau pantau pesanan yang dibuat di situs panel dengan <code>/track ID</code>.
orders-list-title = 📋 <b>Pesanan</b> { $from }–{ $to } dari { $total }
orders-list-not-checked = 🕓 belum dicek
orders-list-fresh = 🔄 Baru saja dicek ke panel.
orders-list-refresh-failed = Tidak bisa mengecek ke panel: { $reason }
orders-button-prev = ◀ Lebih baru
orders-button-next = Lebih lama ▶
orders-button-refresh-page = 🔄 Perbarui
orders-button-details = 📦 { $id }

## /refill dan /refills
orders-refill-usage =
    Kirim ID pesanan yang ingin di-refill, misalnya:
    <code>/refill 23501</code> atau <code>/refill 23501 23502</code>
    Cek refill nanti dengan <code>/refills ID_REFILL</code>.
orders-refill-created = 🔁 refill <code>{ $refill }</code> diajukan
orders-refill-done-one = 🔁 Refill { $refill } diajukan untuk pesanan { $id }. Cek dengan /refills { $refill }.
orders-refill-failed-one = Pesanan { $id }: { $reason }
orders-refill-header = 🔁 Pengajuan refill untuk { $count } pesanan:
orders-refill-summary = { $created } dari { $count } refill berhasil diajukan. Cek dengan /refills.
orders-refills-usage =
    Kirim ID refill setelah perintah, misalnya:
    <code>/refills 7</code> atau <code>/refills 7 8 9</code>
orders-refills-one = 🔁 <b>Refill { $id }</b>
    { $status }
orders-refills-unknown = ❓ Refill <code>{ $id }</code> tidak ditemukan di akun ini.
orders-refills-header = 🔁 Status { $count } refill:

## /cancel
orders-cancel-usage =
    Kirim ID pesanan yang ingin dibatalkan, misalnya:
    <code>/cancel 23501</code> atau <code>/cancel 23501 23502</code>
    Saya akan meminta konfirmasi sebelum membatalkan apa pun. (Saat ada dialog langkah demi langkah yang terbuka, /cancel akan menutupnya.)
orders-cancel-confirm =
    Batalkan { $count ->
        [1] pesanan ini
       *[other] { $count } pesanan ini
    }? { $ids }
    Tidak semua layanan bisa dibatalkan; panel yang memutuskan untuk setiap pesanan.
orders-cancel-yes = Ya, batalkan { $count } pesanan
orders-cancel-no = Tidak
orders-cancel-kept = Tidak ada yang dibatalkan.
orders-cancel-ok = ✅ pembatalan diajukan
orders-cancel-done-one = ✅ Pembatalan diajukan untuk pesanan { $id }.
orders-cancel-failed-one = Pesanan { $id }: { $reason }
orders-cancel-header = ✖️ Pengajuan pembatalan untuk { $count } pesanan:
orders-list-account-gone = (akunnya sudah tidak terhubung)
