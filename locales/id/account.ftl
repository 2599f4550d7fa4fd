start-welcome = 👋 Halo { $name }! Saya mengelola akun panel SMM Anda dari Telegram: saldo, layanan, pesanan, refill, dan pembatalan — serta mengabari Anda saat status pesanan berubah.
start-next-connect = Pertama, hubungkan kunci API panel Anda dengan /connect (kuncinya ada di halaman API panel). Lalu coba /balance, /services, atau /order. /help menampilkan semua perintah.
start-connected = Akun Anda di panel { $panel } sudah terhubung. Coba /balance, /services, /order, atau /orders. /help menampilkan semua perintah.
start-group = 👋 Halo! Saya membantu grup ini memantau pesanan panel SMM-nya. Admin dapat menautkan akun panel dengan /connect; /help menampilkan daftar perintah.

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
