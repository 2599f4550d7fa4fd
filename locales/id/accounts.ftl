cmd-accounts = Akun panel Anda: ganti, ubah nama, putuskan
accounts-title = 👤 <b>Akun panel Anda</b> ({ $count })
accounts-title-group = 👤 <b>Akun panel grup ini</b> ({ $count })
accounts-none = Anda belum menghubungkan akun panel. Tambahkan dengan tombol di bawah atau /connect.
accounts-none-group = Grup ini belum punya akun panel yang tertaut. Admin dapat menambahkannya dengan tombol di bawah atau /connect.
accounts-balance = 💰 { $balance }
accounts-balance-unavailable = 💰 saldo tidak tersedia: { $reason }
accounts-unreadable = ⚠️ perlu dihubungkan ulang: hubungkan lagi kuncinya dengan /connect
accounts-active-hint = ✅ menandai akun aktif: /balance, /services, /order, /status, /track, /refill, dan /cancel memakainya. Pesanan tetap terikat pada akun tempat pesanan itu dibuat atau mulai dipantau.
accounts-button-use = ▫️ Pakai { $name }
accounts-button-active = ✅ { $name }
accounts-button-rename = ✏️ Ubah nama
accounts-button-disconnect = ❌ Putuskan
accounts-button-add = ➕ Tambah akun
accounts-button-refresh = 🔄 Perbarui
accounts-switched = Sekarang memakai { $name }.
accounts-rename-ask = ✏️ Kirim nama baru untuk { $name } (maksimal { $max } karakter), atau “-” untuk menampilkan lagi nama panelnya.
accounts-renamed = ✅ Nama diubah menjadi <b>{ $name }</b>. Lihat /accounts.
accounts-rename-cleared = ✅ Akun kembali menampilkan nama panelnya. Lihat /accounts.
accounts-rename-too-long = Kirim nama sepanjang 1 sampai { $max } karakter, atau “-”.
accounts-disconnect-confirm = Putuskan <b>{ $name }</b>? { $orders ->
    [0] Tidak ada pesanan yang dipantau dengan akun ini.
   *[other] { $orders } pesanan yang dipantau dengan akun ini tidak akan dipantau lagi.
}
accounts-disconnect-yes = ❌ Ya, putuskan
accounts-disconnect-no = Biarkan
accounts-disconnected = ✅ <b>{ $name }</b> sudah diputuskan dan kuncinya dihapus. { $orders ->
    [0] {""}
   *[other] { $orders } pesanan tidak lagi dipantau.
}
accounts-too-many = Anda sudah punya { $max } akun: putuskan salah satunya di /accounts terlebih dahulu.
accounts-now-active = Sekarang ini akun aktif Anda ({ $count } terhubung): ganti atau ubah namanya di /accounts.
accounts-found-on = Ditemukan di akun Anda { $name }.
accounts-order-account = 👤 { $name }
