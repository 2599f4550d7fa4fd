# ग्रुप: परिचय, सिर्फ़ एडमिन के नियम, ग्रुप का पैनल अकाउंट जोड़ना, नोटिफ़िकेशन।
groups-intro =
    👋 नमस्ते, मैं @{ $bot } हूँ! मैं इस ग्रुप को उसके SMM पैनल ऑर्डर पर नज़र रखने में मदद करता हूँ।
    एडमिन: /connect से ग्रुप का पैनल अकाउंट जोड़ें (API key प्राइवेट चैट में भेजी जाती है, यहाँ कभी नहीं), फिर /order, /balance, /track, /refill, /cancel, /notifications on|off और /language इस्तेमाल करें।
    सभी: /status ID, /orders, /refills ID और /help।
groups-admins-only = 🔒 माफ़ करें, यहाँ { $command } सिर्फ़ ग्रुप एडमिन इस्तेमाल कर सकते हैं।
groups-button-admins-only = 🔒 यह बटन ग्रुप एडमिन के लिए है।
groups-button-not-yours = ✋ यह ऑर्डर किसी दूसरे यूज़र ने शुरू किया है। ज़रूरत हो तो अपना ख़ुद का शुरू करें।
groups-connect-link = 🔐 सुरक्षा के लिए मैं ग्रुप में कभी API key नहीं माँगता। बटन दबाएँ और हमारी प्राइवेट चैट में इस ग्रुप का पैनल अकाउंट जोड़ें। यह लिंक सिर्फ़ ग्रुप एडमिन के लिए काम करता है और एक घंटे में ख़त्म हो जाता है।
groups-connect-button = 🔐 प्राइवेट चैट में जोड़ें
groups-link-invalid = यह लिंक मान्य नहीं है। नया लिंक पाने के लिए ग्रुप में फिर से /connect भेजें।
groups-link-expired = इस लिंक की समय-सीमा ख़त्म हो गई है। नया लिंक पाने के लिए ग्रुप में फिर से /connect भेजें।
groups-link-not-admin = उस ग्रुप का पैनल अकाउंट सिर्फ़ उसके एडमिन ही जोड़ सकते हैं।
groups-link-no-access = मैं अब उस ग्रुप तक नहीं पहुँच पा रहा। मुझे उसमें फिर से जोड़ें, फिर वहाँ /connect भेजें।
groups-unnamed = आपका ग्रुप
groups-linked-notice = 🔗 { $admin } ने इस ग्रुप को { $panel } पर उसके पैनल अकाउंट से जोड़ दिया है। API key प्राइवेट रहती है।
groups-linked-notice-anonymous = 🔗 एक एडमिन ने इस ग्रुप को { $panel } पर उसके पैनल अकाउंट से जोड़ दिया है। API key प्राइवेट रहती है।
groups-notifications-on = 🔔 इस ग्रुप के ऑर्डर के नोटिफ़िकेशन चालू हैं।
groups-notifications-off = 🔕 इस ग्रुप के ऑर्डर के नोटिफ़िकेशन बंद हैं।
groups-notifications-usage =
    इस ग्रुप के ऑर्डर के नोटिफ़िकेशन { $state ->
        [on] चालू
       *[off] बंद
    } हैं।
    बदलने के लिए /notifications { $on } या /notifications { $off } भेजें।
# Words /notifications accepts, comma-separated; the first one is shown in /help and the usage.
groups-notifications-words-on = चालू, हाँ
groups-notifications-words-off = बंद, नहीं
