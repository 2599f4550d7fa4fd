# Grup: perkenalan, aturan khusus admin, menautkan akun panel grup, notifikasi.
groups-intro =
    👋 Halo, saya @{ $bot }! Saya membantu grup ini memantau pesanan panel SMM-nya.
    Admin: tautkan akun panel grup dengan /connect (kunci API dikirim lewat chat pribadi, tidak pernah di sini), lalu gunakan /order, /balance, /track, /refill, /cancel, /notifications on|off, dan /language.
    Semua anggota: /status ID, /orders, /refills ID, dan /help.
groups-admins-only = 🔒 Maaf, di sini hanya admin grup yang dapat memakai { $command }.
groups-button-admins-only = 🔒 Tombol ini khusus admin grup.
groups-button-not-yours = ✋ Proses ini dimulai oleh pengguna lain. Mulai proses Anda sendiri jika perlu.
groups-connect-link = 🔐 Demi keamanan, saya tidak pernah meminta kunci API di grup. Ketuk tombol untuk menautkan akun panel grup ini di chat pribadi kita. Link ini hanya berlaku untuk admin grup dan kedaluwarsa dalam satu jam.
groups-connect-button = 🔐 Tautkan di chat pribadi
groups-link-invalid = Link ini tidak valid. Kirim /connect lagi di grup untuk mendapatkan link baru.
groups-link-expired = Link ini sudah kedaluwarsa. Kirim /connect lagi di grup untuk mendapatkan link baru.
groups-link-not-admin = Hanya admin grup tersebut yang dapat menautkan akun panelnya.
groups-link-no-access = Saya tidak bisa lagi mengakses grup itu. Tambahkan saya lagi ke grup, lalu kirim /connect di sana.
groups-unnamed = grup Anda
groups-linked-notice = 🔗 { $admin } menautkan grup ini ke sebuah akun di panel { $panel }. Kunci API tetap dirahasiakan.
groups-linked-notice-anonymous = 🔗 Seorang admin menautkan grup ini ke sebuah akun di panel { $panel }. Kunci API tetap dirahasiakan.
groups-notifications-on = 🔔 Notifikasi tentang pesanan grup ini aktif.
groups-notifications-off = 🔕 Notifikasi tentang pesanan grup ini nonaktif.
groups-notifications-usage =
    Notifikasi tentang pesanan grup ini { $state ->
        [on] aktif
       *[off] nonaktif
    }.
    Gunakan /notifications { $on } atau /notifications { $off } untuk mengubahnya.
# Words /notifications accepts, comma-separated; the first one is shown in /help and the usage.
groups-notifications-words-on = nyalakan, aktif, ya
groups-notifications-words-off = matikan, nonaktif, tidak
