start-welcome = 👋 Halo { $name }! Saya mengelola akun panel SMM Anda dari Telegram: saldo, layanan, pesanan, refill, dan pembatalan — serta mengabari Anda saat status pesanan berubah.
start-next-connect = Pertama, hubungkan kunci API panel Anda dengan /connect (kuncinya ada di halaman API panel). Lalu coba /balance, /services, atau /order. /help menampilkan semua perintah.
start-connected = Akun Anda di panel { $panel } sudah terhubung. Coba /balance, /services, /order, atau /orders. /help menampilkan semua perintah.
start-group = 👋 Halo! Saya membantu grup ini memantau pesanan panel SMM-nya. Admin dapat menautkan akun panel dengan /connect; /help menampilkan daftar perintah.
help =
    Ini yang bisa saya lakukan:
    /connect — hubungkan kunci API panel Anda (alias /setkey)
    /disconnect — hapus kunci tersebut
    /balance — saldo Anda
    /services — lihat layanan; /services TEKS untuk mencari
    /order — buat pesanan langkah demi langkah
    /orders — pesanan Anda beserta statusnya
    /status ID … — status satu atau beberapa pesanan
    /refill ID … — ajukan refill; /refills ID … — status refill
    /cancel ID … — batalkan pesanan
    /track ID … dan /untrack ID … — pantau pesanan yang dibuat di situs panel
    /settings — notifikasi
    /language — ganti bahasa
    Mode inline: ketik @{ $bot } 23501 di chat mana pun untuk menampilkan status pesanan.
help-group =
    Di grup ini:
    Semua anggota: /status ID, /orders, /help
    Admin: /connect, /disconnect, /balance, /order, /track, /untrack, /refill, /cancel, /notifications on|off, /language

connect-choose-panel = Akun Anda ada di panel mana?
connect-panel-chosen = Panel dipilih: { $panel }
connect-ask-key = 🔑 Kirimkan kunci API Anda untuk panel { $panel }. Kuncinya ada di halaman API panel. Pesan Anda akan langsung saya hapus setelah dibaca, dan kuncinya disimpan dalam bentuk terenkripsi.
connect-ask-key-group = 🔑 Kirimkan kunci API panel { $panel } yang akan dipakai grup “{ $group }”. Pesan Anda akan langsung saya hapus setelah dibaca, dan kuncinya disimpan dalam bentuk terenkripsi. Anggota grup tidak akan pernah melihatnya.
connect-key-malformed = Itu tidak terlihat seperti kunci API (satu kata, tanpa spasi). Silakan kirim ulang kuncinya, atau /cancel.
connect-key-rejected = ❌ Panel tidak menerima kunci ini. Periksa di halaman API panel lalu kirim ulang, atau /cancel. Kunci tidak disimpan.
connect-try-again = Kirim ulang kuncinya untuk mencoba lagi, atau /cancel. Kunci tidak disimpan.
connect-done = ✅ Terhubung ke panel { $panel }. Saldo: { $balance }.
connect-done-group = ✅ Grup “{ $group }” sekarang tertaut ke panel { $panel }. Saldo: { $balance }.
disconnect-done = Kunci API Anda sudah dihapus. Hubungkan lagi kapan saja dengan /connect.
disconnect-done-group = Kunci API grup sudah dihapus.
disconnect-none = Tidak ada kunci API yang terhubung.

balance = 💰 Saldo di panel { $panel }: { $balance }

language-choose = Pilih bahasa:
language-set = ✅ Bahasa diubah ke Bahasa Indonesia.
