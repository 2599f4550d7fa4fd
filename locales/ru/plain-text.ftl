# Plain text that means something: order IDs and links typed alone.
plain-button-order-link = 🛒 Заказать для этой ссылки
plain-link =
    🔗 { $link }
    Оформить заказ для этой ссылки?
plain-link-platform =
    🔗 { $link }
    Ссылка { $platform }. Оформить заказ для неё? Услуги { $platform } будут первыми.
