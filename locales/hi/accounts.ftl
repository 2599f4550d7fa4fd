cmd-accounts = आपके पैनल अकाउंट: स्विच करें, नाम बदलें, डिस्कनेक्ट करें
accounts-title = 👤 <b>आपके पैनल अकाउंट</b> ({ $count })
accounts-title-group = 👤 <b>इस ग्रुप के पैनल अकाउंट</b> ({ $count })
accounts-none = आपने अभी तक कोई पैनल अकाउंट नहीं जोड़ा है। नीचे दिए बटन से या /connect से जोड़ें।
accounts-none-group = इस ग्रुप से अभी कोई पैनल अकाउंट नहीं जुड़ा है। कोई एडमिन नीचे दिए बटन से या /connect से जोड़ सकता है।
accounts-balance = 💰 { $balance }
accounts-balance-unavailable = 💰 बैलेंस उपलब्ध नहीं: { $reason }
accounts-unreadable = ⚠️ दोबारा जोड़ना होगा: /connect से इसकी key फिर से जोड़ें
accounts-active-hint = ✅ सक्रिय अकाउंट दिखाता है: /balance, /services, /order, /status, /track, /refill और /cancel इसी का इस्तेमाल करते हैं। हर ऑर्डर उसी अकाउंट से जुड़ा रहता है जिससे वह दिया गया या ट्रैक किया गया था।
accounts-button-use = ▫️ { $name } इस्तेमाल करें
accounts-button-active = ✅ { $name }
accounts-button-rename = ✏️ नाम बदलें
accounts-button-disconnect = ❌ डिस्कनेक्ट करें
accounts-button-add = ➕ अकाउंट जोड़ें
accounts-button-refresh = 🔄 रीफ़्रेश करें
accounts-switched = अब { $name } इस्तेमाल हो रहा है।
accounts-rename-ask = ✏️ { $name } के लिए नया नाम भेजें ({ $max } अक्षरों तक), या पैनल का नाम फिर से दिखाने के लिए “-” भेजें।
accounts-renamed = ✅ नया नाम: <b>{ $name }</b>। /accounts देखें।
accounts-rename-cleared = ✅ अकाउंट पर फिर से उसके पैनल का नाम दिखेगा। /accounts देखें।
accounts-rename-too-long = कृपया 1 से { $max } अक्षरों का नाम भेजें, या “-”।
accounts-disconnect-confirm = <b>{ $name }</b> डिस्कनेक्ट करें? { $orders ->
    [0] इससे कोई ऑर्डर ट्रैक नहीं हो रहा।
    [one] इससे ट्रैक हो रहा ऑर्डर अब ट्रैक नहीं किया जाएगा।
   *[other] इससे ट्रैक हो रहे { $orders } ऑर्डर अब ट्रैक नहीं किए जाएँगे।
}
accounts-disconnect-yes = ❌ हाँ, डिस्कनेक्ट करें
accounts-disconnect-no = रहने दें
accounts-disconnected = ✅ <b>{ $name }</b> डिस्कनेक्ट हो गया और उसकी key डिलीट कर दी गई। { $orders ->
    [0] {""}
    [one] 1 ऑर्डर अब ट्रैक नहीं हो रहा।
   *[other] { $orders } ऑर्डर अब ट्रैक नहीं हो रहे।
}
accounts-too-many = आपके पास पहले से { $max } अकाउंट हैं: पहले /accounts में किसी एक को डिस्कनेक्ट करें।
accounts-now-active = अब यह आपका सक्रिय अकाउंट है (कुल { $count } जुड़े हैं): /accounts में इनके बीच स्विच करें या इनका नाम बदलें।
accounts-found-on = आपके अकाउंट { $name } में मिला।
accounts-order-account = 👤 { $name }
