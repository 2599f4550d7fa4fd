# The home screen, its buttons and the quick-buttons keyboard.
home-title =
    🏠 <b>होम</b> · { $panel }
    आप क्या करना चाहेंगे?
home-title-new =
    🏠 <b>होम</b>
    ऑर्डर शुरू करने के लिए अपना पैनल खाता जोड़ें।
home-button = 🏠 होम
home-button-connect = 🔌 पैनल जोड़ें
home-button-help = ❓ मदद
home-button-order = 🛒 नया ऑर्डर
home-button-orders = 📦 मेरे ऑर्डर
home-button-balance = 💰 बैलेंस
home-button-services = 📋 सेवाएँ
home-button-account = 🔑 खाता
home-button-settings = ⚙️ सेटिंग्स
home-key-order = 🛒 नया ऑर्डर
home-key-orders = 📦 मेरे ऑर्डर
home-key-balance = 💰 बैलेंस
home-key-services = 📋 सेवाएँ
home-account = 🔑 <b>{ $panel }</b> पर आपका खाता जुड़ा है। /connect API कुंजी बदलता है; /disconnect उसे हटाता है।
home-settings-keyboard-on = ⌨️ चैट के नीचे त्वरित बटन: चालू
home-settings-keyboard-off = ⌨️ चैट के नीचे त्वरित बटन: बंद
home-keyboard-shown = ⌨️ त्वरित बटन फिर से चैट के नीचे हैं।
home-keyboard-hidden = ⌨️ त्वरित बटन छिपा दिए गए। /settings में इन्हें फिर से चालू करें।
