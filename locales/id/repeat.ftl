# Repeat, favourites and recent services.
orders-button-repeat = 🔂 Pesan lagi
tracking-button-repeat = 🔂 Lagi { $id }
repeat-unknown = Saya tidak tahu layanan apa yang dipakai pesanan { $id } (tidak dibuat lewat saya), jadi saya tidak bisa mengulanginya. Gunakan /order.
order-repeat-changed = ⚠️ Sejak pesanan itu, layanannya berubah. Saya akan menanyakan lagi:
order-repeat-field = • { $field }: { $problem }
order-repeat-ask-again = perlu dipilih lagi
order-shortlist-title = ⭐ Layanan favorit dan terbaru Anda ada di atas.
order-shortlist-favourite = ⭐ { $price } · { $name }
order-shortlist-recent = 🕘 { $price } · { $name }
services-button-favourite = ⭐ Tambah ke favorit
services-button-unfavourite = ☆ Hapus dari favorit
services-favourite-added = ⭐ Ditambahkan ke favorit: muncul pertama di /order.
services-favourite-removed = Dihapus dari favorit.
