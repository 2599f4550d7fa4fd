# Plain text that means something: order IDs and links typed alone.
plain-button-order-link = 🛒 اطلب لهذا الرابط
plain-link =
    🔗 { $link }
    هل أبدأ طلبًا لهذا الرابط؟
plain-link-platform =
    🔗 { $link }
    رابط من { $platform }. هل أبدأ طلبًا له؟ ستظهر خدمات { $platform } أولًا.
