# Resilience: unreadable secrets, slow panels, unknown placements, catalogue sanity.
account-unreadable = 🔑 Akun panel Anda perlu disambungkan ulang: saya tidak bisa lagi membaca API key yang tersimpan (kunci enkripsi bot telah diganti). Kirim /connect lalu tambahkan kuncinya lagi.
account-unreadable-group = 🔑 Akun panel grup ini perlu disambungkan ulang: saya tidak bisa lagi membaca API key yang tersimpan (kunci enkripsi bot telah diganti). Admin grup dapat menautkannya lagi dengan /connect.
conversation-state-lost = Langkah Anda yang belum selesai hilang setelah pembaruan bot, jadi saya menutupnya. Tidak ada yang dikirim ke panel; silakan mulai lagi.
budget-still-waiting = ⏳ Panel lambat menjawab — masih menunggu… (/cancel untuk berhenti menunggu)
budget-wait-cancelled = Saya berhenti menunggu panel. Tidak ada yang diubah.
services-card-unavailable = ⚠️ Layanan ini tidak tersedia: panel mencantumkannya dengan batas atau harga yang mustahil, jadi tidak bisa dipesan di sini.
