# Plain text that means something: order IDs and links typed alone.
plain-button-order-link = 🛒 Pesan untuk tautan ini
plain-link =
    🔗 { $link }
    Mulai pesanan untuk tautan ini?
plain-link-platform =
    🔗 { $link }
    Tautan { $platform }. Mulai pesanan untuknya? Layanan { $platform } ditampilkan lebih dulu.
