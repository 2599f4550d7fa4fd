# Pemantauan pesanan: /track, /untrack, /settings, dan notifikasi perubahan status.

## Notifikasi (HTML)
tracking-notify-title = 🔔 <b>Pembaruan pesanan: { $count }</b>
tracking-notify-progress = 📈 Pembaruan progres
tracking-notify-part = pesan { $part } dari { $parts }
tracking-notify-open-orders = Buka /orders untuk melihat dan mengelola semuanya.
tracking-refill-card = ♻️ <b>Refill { $id }</b> · pesanan { $order }
tracking-button-refresh = 🔄 { $id }
tracking-button-refill = 🔁 Refill { $id }
tracking-button-cancel = ✖️ Batalkan { $id }
tracking-button-refill-refresh = 🔄 Refill { $id }
tracking-reconnect-rejected = ⚠️ Panel { $panel } tidak lagi menerima API key yang terhubung (key diganti atau dicabut, atau akun ditangguhkan), jadi saya menjeda pemantauan pesanan yang saya cek dengan key tersebut. Hubungkan key yang valid dengan /connect dan pemantauan akan berlanjut.
tracking-reconnect-undecryptable = ⚠️ Saya tidak bisa lagi membaca API key yang tersimpan untuk panel { $panel } (kunci enkripsi bot telah diganti), jadi saya menjeda pemantauan pesanan yang saya cek dengan key tersebut. Hubungkan key lagi dengan /connect dan pemantauan akan berlanjut.

## /track dan /untrack
tracking-track-usage =
    Kirim ID pesanan yang Anda buat di situs panel, dan saya akan mengabari Anda saat statusnya berubah:
    <code>/track 23501</code>
    <code>/track 23501, 23502 23503</code>
    Maksimal { $max } ID sekaligus. /untrack ID untuk berhenti memantau.
tracking-untrack-usage =
    Kirim ID pesanan yang tidak ingin dipantau lagi, misalnya:
    <code>/untrack 23501 23502</code>
tracking-too-many = Itu { $count } ID. Saya hanya menerima maksimal { $max } dalam satu perintah: silakan kirim bertahap.
tracking-not-ids = ⚠️ Bukan ID pesanan (ID hanya berisi angka): { $tokens }
tracking-track-title = <b>Pemantauan</b>
tracking-untrack-title = <b>Berhenti memantau</b>
tracking-item-tracked = ✅ <code>{ $id }</code> — { $status }: saya akan mengabari Anda saat statusnya berubah.
tracking-item-tracked-final = ☑️ <code>{ $id }</code> — { $status }: sudah selesai, ditambahkan ke /orders tetapi tidak dipantau.
tracking-item-already = ℹ️ <code>{ $id }</code> sudah dipantau di sini.
tracking-item-unknown = ❓ <code>{ $id }</code> — tidak ditemukan di akun ini, tidak dipantau.
tracking-item-unavailable = ⚠️ <code>{ $id }</code> — panel tidak menjawab, tidak dipantau. Silakan coba lagi nanti.
tracking-item-error = ⚠️ <code>{ $id }</code> — tidak bisa dicek ({ $reason }), tidak dipantau.
tracking-item-untracked = ✅ <code>{ $id }</code> — tidak lagi dipantau.
tracking-item-not-tracked = ℹ️ <code>{ $id }</code> — sebelumnya tidak dipantau di sini.

## /settings
tracking-settings-title =
    ⚙️ <b>Pengaturan</b>
    Notifikasi memberi tahu Anda saat status pesanan yang dipantau berubah. Pembaruan progres juga memberi tahu saat jumlah awal atau sisanya berubah.
tracking-settings-notifications-on = 🔔 Notifikasi: aktif
tracking-settings-notifications-off = 🔕 Notifikasi: nonaktif
tracking-settings-progress-on = 📈 Pembaruan progres: aktif
tracking-settings-progress-off = 📉 Pembaruan progres: nonaktif
tracking-settings-saved = Tersimpan.
tracking-settings-private-only = Di grup, admin memakai /notifications on atau /notifications off. Buka chat pribadi kita untuk /settings Anda sendiri.
