# Plain text that means something: order IDs and links typed alone.
plain-button-order-link = 🛒 Order for this link
plain-link =
    🔗 { $link }
    Shall I start an order for this link?
plain-link-platform =
    🔗 { $link }
    A { $platform } link. Shall I start an order for it? { $platform } services come first.
