# /order: ऑर्डर देने का विज़ार्ड।
order-usage = स्टेप-बाय-स्टेप सर्विस चुनने के लिए /order भेजें, या किसी सर्विस को उसकी ID से ऑर्डर करने के लिए /order ID भेजें।
order-choose-category = 🛒 <b>नया ऑर्डर</b> · कैटेगरी चुनें ({ $count }), या सर्विस खोजने के लिए कोई शब्द लिखें।
order-choose-service = सर्विस चुनें, या खोजने के लिए कोई शब्द लिखें।
order-button-categories = ⬅️ कैटेगरी
order-no-services = पैनल पर अभी कोई सर्विस नहीं है, इसलिए ऑर्डर करने के लिए कुछ नहीं है।
order-use-buttons = कृपया ऊपर दिए बटन इस्तेमाल करें, या /cancel करें।
order-search-none = “{ $query }” से कुछ नहीं मिला। कोई दूसरा शब्द लिखें, या ऊपर से कैटेगरी चुनें।
order-old-step = यह बटन पिछले स्टेप का है। कृपया आख़िरी सवाल का जवाब दें।
order-service-gone = पैनल अब यह सर्विस नहीं देता। कृपया कोई दूसरी सर्विस चुनें।
order-service-chosen =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · मात्रा { $min }–{ $max }
order-service-chosen-per-post =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · प्रति पोस्ट मात्रा { $min }–{ $max }
order-service-refused = पैनल अभी इस सर्विस के ऑर्डर नहीं ले रहा। /order से कोई दूसरी सर्विस चुनें।

# सवाल
order-ask-link = 🔗 लिंक भेजें (जैसे { $example })।
order-ask-quantity = 🔢 कितने चाहिए? { $min } से { $max } तक कोई संख्या भेजें।
order-ask-runs = 💧 डिलीवरी कितने रन में हो? (पूरी संख्या, जैसे 5)
order-ask-interval = ⏱ हर रन के बीच कितने मिनट? (पूरी संख्या, जैसे 30)
order-ask-keywords = 🔑 कीवर्ड भेजें, हर लाइन में एक।
order-ask-comments = 💬 कमेंट भेजें, हर लाइन में एक।
order-ask-comments-count = 💬 कमेंट भेजें, हर लाइन में एक: { $min } से { $max } लाइनें। मात्रा लाइनों की गिनती होगी।
order-ask-usernames = 👤 यूज़रनेम भेजें, हर लाइन में एक।
order-ask-usernames-count = 👤 यूज़रनेम भेजें, हर लाइन में एक: { $min } से { $max } लाइनें। मात्रा लाइनों की गिनती होगी।
order-ask-hashtags = #️⃣ हैशटैग भेजें, हर लाइन में एक।
order-ask-hashtag = #️⃣ हैशटैग भेजें।
order-ask-username = 👤 यूज़रनेम भेजें।
order-ask-media = 🖼 उस पोस्ट का लिंक भेजें जिसे लाइक करने वालों को मेंशन करना है।
order-ask-answer-number = 🗳 वोट किस जवाब को मिलें? उसका नंबर भेजें (पहले जवाब के लिए 1)।
order-ask-groups = 👥 वे ग्रुप भेजें जिनसे लोगों को इनवाइट करना है, हर लाइन में एक।
order-ask-min = ⬇️ हर पोस्ट पर कम से कम कितने? { $min } से { $max } तक कोई संख्या भेजें।
order-ask-max = ⬆️ हर पोस्ट पर ज़्यादा से ज़्यादा कितने? { $min } से { $max } तक कोई संख्या भेजें, जो न्यूनतम से कम न हो।
order-ask-posts = 📝 कितनी नई पोस्ट के लिए? संख्या भेजें, या बिना सीमा के लिए स्किप करें।
order-ask-old-posts = 🗂 पहले से मौजूद कितनी पोस्ट को भी यह मिले? संख्या भेजें (किसी को नहीं तो 0), या स्किप करें।
order-ask-delay = ⏳ नई पोस्ट आने के बाद कितनी देर रुकें?
order-ask-expiry = 📅 कब तक? तारीख़ दिन/महीना/साल के रूप में भेजें (जैसे 31/12/2026), या स्किप करें।
order-ask-country = 🌍 ट्रैफ़िक किस देश से आए? (जैसे India या IN)
order-ask-device = 💻 कौन-से डिवाइस?
order-ask-traffic-type = 🚦 ट्रैफ़िक किस तरह का हो?
order-ask-google-keyword = 🔎 विज़िटर Google पर कौन-सा कीवर्ड खोजें?
order-ask-referring-url = 🔗 रेफ़रिंग URL भेजें (वह पेज जहाँ से विज़िटर आते हैं)।
order-ask-dripfeed = 💧 क्या यह ऑर्डर धीरे-धीरे (ड्रिप-फ़ीड) डिलीवर हो?

# फ़ील्ड के नाम
order-field-link = लिंक
order-field-quantity = मात्रा
order-field-runs = रन
order-field-interval = अंतराल (मिनट)
order-field-keywords = कीवर्ड
order-field-comments = कमेंट
order-field-usernames = यूज़रनेम
order-field-hashtags = हैशटैग
order-field-hashtag = हैशटैग
order-field-username = यूज़रनेम
order-field-media = पोस्ट का लिंक
order-field-answer-number = जवाब का नंबर
order-field-groups = ग्रुप
order-field-min = हर पोस्ट पर न्यूनतम
order-field-max = हर पोस्ट पर अधिकतम
order-field-posts = नई पोस्ट
order-field-old-posts = पुरानी पोस्ट
order-field-delay = देरी
order-field-expiry = अंतिम तारीख़
order-field-country = देश
order-field-device = डिवाइस
order-field-traffic-type = ट्रैफ़िक का प्रकार
order-field-google-keyword = Google कीवर्ड
order-field-referring-url = रेफ़रिंग URL
order-field-dripfeed = ड्रिप-फ़ीड

# विकल्प
order-delay-none = कोई देरी नहीं
order-delay-minutes = { $n } मिनट
order-device-desktop = 🖥 डेस्कटॉप
order-device-android = 🤖 Android
order-device-ios = 🍏 iOS
order-device-mixed-mobile = 📱 मिक्स मोबाइल
order-device-mixed = 🔀 मिक्स
order-traffic-google = 🔎 Google कीवर्ड
order-traffic-referrer = 🔗 कस्टम रेफ़रर
order-traffic-blank = ⬜ बिना रेफ़रर
order-button-skip = ⏭ स्किप
order-button-drip-yes = 💧 हाँ, ड्रिप-फ़ीड
order-button-drip-no = सब एक साथ
order-skipped = { $field }: स्किप किया
order-chosen = { $field }: { $value }
order-dripfeed-yes = 💧 ड्रिप-फ़ीड: हाँ
order-dripfeed-no = ड्रिप-फ़ीड: नहीं, सब एक साथ

# जवाब में दिक्कतें
order-send-again = कृपया दोबारा भेजें, या /cancel करें।
order-error-link = ❌ यह सही लिंक नहीं है। पूरा लिंक भेजें, जैसे https://instagram.com/p/abc123।
order-error-number = ❌ कृपया पूरी संख्या भेजें, सिर्फ़ अंकों में (जैसे 1000)।
order-error-too-big = ❌ यह संख्या बहुत ज़्यादा बड़ी है।
order-error-quantity-range = ❌ मात्रा { $min } और { $max } के बीच होनी चाहिए।
order-error-lines-range = ❌ आपने { $count } { $count ->
        [one] लाइन भेजी
       *[other] लाइनें भेजीं
    }; इस सर्विस को { $min } से { $max } लाइनें चाहिए (हर लाइन में एक)।
order-error-lines-empty = ❌ कृपया कम से कम एक लाइन भेजें।
order-error-range = ❌ संख्या { $min } और { $max } के बीच होनी चाहिए।
order-error-max-below-min = ❌ अधिकतम, न्यूनतम ({ $min }) से कम नहीं हो सकता।
order-error-too-small = ❌ संख्या कम से कम { $min } होनी चाहिए।
order-error-one-line = ❌ कृपया सिर्फ़ एक लाइन भेजें।
order-error-date = ❌ कृपया ऐसी तारीख़ भेजें जो बीत न चुकी हो, दिन/महीना/साल के रूप में (जैसे 31/12/2026)।
order-error-choice = ❌ कृपया किसी एक बटन को चुनें।
order-error-empty = ❌ यह ख़ाली नहीं हो सकता।
order-error-invalid = ❌ “{ $field }” सही नहीं है।
order-recheck = कुछ जवाब अब आपस में मेल नहीं खाते, इसलिए मैं फिर से पूछूँगा: { $fields }।

# सारांश
order-summary-title = 🧾 <b>कृपया अपना ऑर्डर जाँच लें</b>
order-summary-service = सर्विस: <b>{ $name }</b> (ID { $id })
order-summary-field = { $label }: { $value }
order-summary-lines = { $count } { $count ->
        [one] लाइन
       *[other] लाइनें
    }
order-summary-more = … और { $count }
order-number = { $n }
order-summary-drip = ड्रिप-फ़ीड: { $runs } रन, हर { $interval } मिनट पर
order-summary-total = कुल मात्रा: { $total }
order-summary-price = 💵 कीमत: <b>{ $price }</b>
order-summary-price-max = 💵 कीमत: ज़्यादा से ज़्यादा <b>{ $price }</b> (हर पोस्ट पर चार्ज)
order-summary-price-per-post = 💵 कीमत: हर पोस्ट पर ज़्यादा से ज़्यादा <b>{ $price }</b>
order-summary-price-unknown = 💵 कीमत: पैनल तय करेगा
order-summary-balance = 💰 बैलेंस: { $balance }
order-summary-balance-low = ⚠️ आपका बैलेंस कीमत से कम है। पहले पैनल पर बैलेंस ऐड करें, वरना पैनल ऑर्डर अस्वीकार कर देगा।
order-summary-balance-unknown = ⚠️ मैं आपका बैलेंस नहीं जाँच सका: { $reason }
order-button-confirm = ✅ कन्फ़र्म करें
order-button-change = ✏️ बदलें
order-change-which = आप कौन-सी जानकारी बदलना चाहते हैं?
order-confirm-hint = कृपया सारांश के नीचे ✅ कन्फ़र्म करें, ✏️ बदलें या ✖️ कैंसिल दबाएँ।

# नतीजा
order-placed = ✅ ऑर्डर { $id } दे दिया गया · { $price }
order-placed-no-price = ✅ ऑर्डर { $id } दे दिया गया।
order-placed-next = इसका स्टेटस बदलते ही मैं आपको बताऊँगा। /orders में आपके ऑर्डर हैं, /status { $id } से यह ऑर्डर जाँचें।
order-unknown-outcome = ⚠️ पैनल ने ऑर्डर कन्फ़र्म नहीं किया, इसलिए मुझे नहीं पता कि ऑर्डर गया या नहीं। मैं इसे दोबारा नहीं भेजूँगा। एक मिनट बाद, दोबारा ऑर्डर करने से पहले /orders या /status (या पैनल की वेबसाइट) जाँच लें।
order-failed-fix = कुछ भी ऑर्डर नहीं हुआ। कोई जानकारी बदलकर फिर से कन्फ़र्म करें, या /cancel करें।
order-already-placed = ऑर्डर { $id } पहले ही दिया जा चुका है। /orders में आपके ऑर्डर हैं।
order-already-unknown = यह ऑर्डर पहले ही भेजा जा चुका है, लेकिन इसका नतीजा पता नहीं है। दोबारा ऑर्डर करने से पहले /orders या /status जाँच लें।
order-already-failed = इस सारांश से ऑर्डर नहीं हुआ। सबसे नया सारांश इस्तेमाल करें, या /order से फिर से शुरू करें।
order-wizard-expired = यह ऑर्डर फ़ॉर्म अब सक्रिय नहीं है। /order से फिर से शुरू करें।
