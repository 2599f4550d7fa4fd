# Plain text that means something: order IDs and links typed alone.
plain-button-order-link = 🛒 Замовити для цього посилання
plain-link =
    🔗 { $link }
    Оформити замовлення для цього посилання?
plain-link-platform =
    🔗 { $link }
    Посилання { $platform }. Оформити замовлення для нього? Послуги { $platform } будуть першими.
