# Kata umum, tombol, dan pesan galat.
button-cancel = ✖️ Batal
button-back = ⬅️ Kembali
button-expired = Tombol ini sudah kedaluwarsa. Silakan mulai lagi.
conversation-cancelled = Dibatalkan. Tidak ada yang diubah.
conversation-send-text = Silakan kirim pesan teks, atau /cancel.
unknown-command = Saya tidak mengenal perintah itu. /help menampilkan apa saja yang bisa saya lakukan.
start-hint = Kirim /help untuk melihat apa saja yang bisa saya lakukan.
error-generic = Terjadi kesalahan di sisi saya. Silakan coba lagi sebentar lagi.

account-missing = Anda belum menghubungkan akun panel. Kirim /connect untuk menambahkan kunci API Anda.
account-missing-group = Grup ini belum punya akun panel. Admin grup dapat menautkannya dengan /connect.

panel-error-invalid-key = Panel menolak kunci API. Hubungkan kunci yang valid dengan /connect.
panel-error-funds = Saldo panel Anda tidak cukup.
panel-error-unknown-order = Panel tidak mengenal ID pesanan ini.
panel-error-unknown-refill = Panel tidak mengenal ID refill ini.
panel-error-rate-limited = Panel sedang membatasi permintaan. Silakan coba lagi dalam satu menit.
panel-error-unavailable = Panel sedang tidak bisa dihubungi. Silakan coba lagi nanti.
panel-error-unknown-outcome = Panel tidak menjawab tepat waktu, jadi hasilnya tidak diketahui. Cek dengan /orders atau /status sebelum mencoba lagi.
panel-error-invalid-input = Panel menolak permintaan karena tidak valid.
panel-error-invalid-input-detail = Panel menolak permintaan: { $detail }

# Menu perintah
cmd-start = Mulai dan lihat ringkasan
cmd-help = Lihat apa saja yang bisa dilakukan bot ini
cmd-connect = Hubungkan kunci API panel
cmd-disconnect = Hapus kunci API yang terhubung
cmd-balance = Lihat saldo panel
cmd-services = Jelajahi atau cari layanan
cmd-order = Buat pesanan baru
cmd-orders = Lihat pesanan dan statusnya
cmd-status = Cek status pesanan berdasarkan ID
cmd-refill = Ajukan refill untuk pesanan
cmd-refills = Cek status refill berdasarkan ID
cmd-cancel = Batalkan pesanan
cmd-track = Pantau pesanan yang dibuat di tempat lain
cmd-untrack = Berhenti memantau pesanan
cmd-settings = Atur notifikasi
cmd-notifications = Nyalakan atau matikan notifikasi grup
cmd-language = Ganti bahasa
rate-limited = Anda terlalu cepat. Tunggu sebentar sebelum permintaan berikutnya.
fallback-key-deleted = Itu tampak seperti kunci API, jadi pesan Anda saya hapus agar tetap aman. Untuk menghubungkan kunci, kirim /connect dulu, lalu kuncinya.
