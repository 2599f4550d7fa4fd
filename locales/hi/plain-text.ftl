# Plain text that means something: order IDs and links typed alone.
plain-button-order-link = 🛒 इस लिंक के लिए ऑर्डर करें
plain-link =
    🔗 { $link }
    क्या इस लिंक के लिए ऑर्डर शुरू करूँ?
plain-link-platform =
    🔗 { $link }
    यह { $platform } का लिंक है। क्या इसके लिए ऑर्डर शुरू करूँ? { $platform } की सेवाएँ पहले दिखेंगी।
