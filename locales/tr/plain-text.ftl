# Plain text that means something: order IDs and links typed alone.
plain-button-order-link = 🛒 Bu bağlantı için sipariş ver
plain-link =
    🔗 { $link }
    Bu bağlantı için sipariş başlatayım mı?
plain-link-platform =
    🔗 { $link }
    Bir { $platform } bağlantısı. Bunun için sipariş başlatayım mı? { $platform } hizmetleri önce gelir.
