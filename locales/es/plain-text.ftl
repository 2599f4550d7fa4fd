# Plain text that means something: order IDs and links typed alone.
plain-button-order-link = 🛒 Pedir para este enlace
plain-link =
    🔗 { $link }
    ¿Empiezo un pedido para este enlace?
plain-link-platform =
    🔗 { $link }
    Un enlace de { $platform }. ¿Empiezo un pedido para él? Los servicios de { $platform } salen primero.
