# Plain text that means something: order IDs and links typed alone.
plain-button-order-link = 🛒 Pedir para este link
plain-link =
    🔗 { $link }
    Quer começar um pedido para este link?
plain-link-platform =
    🔗 { $link }
    Um link de { $platform }. Quer começar um pedido para ele? Os serviços de { $platform } aparecem primeiro.
