# Plain text that means something: order IDs and links typed alone.
plain-button-order-link = 🛒 Naroči za to povezavo
plain-link =
    🔗 { $link }
    Naj začnem naročilo za to povezavo?
plain-link-platform =
    🔗 { $link }
    Povezava { $platform }. Naj začnem naročilo zanjo? Storitve { $platform } bodo prve.
