# Mode inline: @bot 23501 di chat mana pun.
inline-connect-button = 🔑 Hubungkan akun panel Anda dulu
inline-error-title = ⚠️ Pesanan tidak dapat dicek
inline-no-orders-title = Belum ada pesanan terbaru
inline-no-orders-description = Ketik ID pesanan setelah nama saya, mis. 23501
inline-no-orders-text = Ketik ID pesanan setelah nama saya untuk membagikan statusnya, mis. @{ $bot } 23501 23502
inline-format-title = ℹ️ ID pesanan berupa angka
inline-format-description = Ketik satu atau beberapa ID pesanan, mis. 23501 23502
inline-format-text = ℹ️ ID pesanan berupa angka, mis. @{ $bot } 23501 23502. Ini bukan ID pesanan: { $tokens }
inline-unknown-title = ❔ Pesanan { $id } tidak ditemukan
inline-unknown-description = Panel tidak mengenal ID pesanan ini di akun Anda.
inline-unknown-text = ❔ Panel tidak mengenal pesanan { $id }. Periksa nomornya lalu coba lagi.
