# Plain text that means something: order IDs and links typed alone.
plain-button-order-link = 🛒 Shu havola uchun buyurtma
plain-link =
    🔗 { $link }
    Shu havola uchun buyurtma boshlaymi?
plain-link-platform =
    🔗 { $link }
    { $platform } havolasi. Uning uchun buyurtma boshlaymi? { $platform } xizmatlari birinchi chiqadi.
