# Resilience: unreadable secrets, slow panels, unknown placements, catalogue sanity.
account-unreadable = 🔑 Akun panel Anda perlu disambungkan ulang: saya tidak bisa lagi membaca API key yang tersimpan (kunci enkripsi bot telah diganti). Kirim /connect lalu tambahkan kuncinya lagi.
account-unreadable-group = 🔑 Akun panel grup ini perlu disambungkan ulang: saya tidak bisa lagi membaca API key yang tersimpan (kunci enkripsi bot telah diganti). Admin grup dapat menautkannya lagi dengan /connect.
conversation-state-lost = Langkah Anda yang belum selesai hilang setelah pembaruan bot, jadi saya menutupnya. Tidak ada yang dikirim ke panel; silakan mulai lagi.
budget-still-waiting = ⏳ Panel lambat menjawab — masih menunggu… (/cancel untuk berhenti menunggu)
budget-wait-cancelled = Saya berhenti menunggu panel. Tidak ada yang diubah.
services-card-unavailable = ⚠️ Layanan ini tidak tersedia: panel mencantumkannya dengan batas atau harga yang mustahil, jadi tidak bisa dipesan di sini.
placement-unknown-notice =
    ⚠️ <b>Pesanan mungkin sudah dibuat</b>
    Saya dimulai ulang saat mengirim pesanan ini ke { $panel }, jadi saya tidak tahu apakah panel menerimanya. API panel tidak bisa menampilkan daftar pesanan: silakan cek halaman pesanan di situs { $panel }. Jika pesanannya ada, ketuk “Lacak dengan ID” lalu kirim ID-nya; jika tidak, ketuk “Abaikan”.
placement-details =
    ❓ <b>{ $service }</b> (#{ $id })
    Tautan: { $link }
    Jumlah: { $quantity }
placement-unknown-title = ❓ <b>Hasil tidak diketahui</b> — pesanan ini mungkin sudah dibuat (cek di situs panel):
placement-button-track = 🔎 Lacak dengan ID
placement-button-dismiss = ✖️ Abaikan
placement-dismissed = Diabaikan: tidak lagi ditampilkan di daftar.
placement-track-ask = Balas pesan ini dengan ID pesanan dari halaman pesanan di situs { $panel }.
placement-track-bad-id = Balas dengan satu ID pesanan (hanya angka).
placement-track-unknown-id = Panel tidak mengenal pesanan { $id }. Periksa ID-nya di situs panel lalu balas lagi.
placement-tracked = ✅ Pesanan { $id } kini dilacak ({ $status }): muncul di /orders dan saya akan memberi tahu saat statusnya berubah.
