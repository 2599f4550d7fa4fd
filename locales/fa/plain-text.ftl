# Plain text that means something: order IDs and links typed alone.
plain-button-order-link = 🛒 سفارش برای این پیوند
plain-link =
    🔗 { $link }
    برای این پیوند سفارش را شروع کنم؟
plain-link-platform =
    🔗 { $link }
    پیوندی از { $platform }. برایش سفارش را شروع کنم؟ سرویس‌های { $platform } اول نمایش داده می‌شوند.
