# साझा शब्द, बटन और त्रुटियाँ।
button-cancel = ✖️ कैंसिल
button-back = ⬅️ वापस
button-expired = इस बटन की समय-सीमा ख़त्म हो गई है। कृपया फिर से शुरू करें।
conversation-cancelled = कैंसिल कर दिया। कुछ भी नहीं बदला गया।
conversation-send-text = कृपया टेक्स्ट मैसेज भेजें, या /cancel करें।
unknown-command = मैं यह कमांड नहीं जानता। /help में देखें कि मैं क्या कर सकता हूँ।
start-hint = मैं क्या कर सकता हूँ, यह देखने के लिए /help भेजें।
error-generic = मेरी तरफ़ से कुछ गड़बड़ हो गई। कृपया थोड़ी देर में फिर कोशिश करें।

account-missing = आपने अभी तक कोई पैनल अकाउंट नहीं जोड़ा है। अपनी API key जोड़ने के लिए /connect भेजें।
account-missing-group = इस ग्रुप का अभी कोई पैनल अकाउंट नहीं है। ग्रुप का कोई एडमिन /connect से अकाउंट जोड़ सकता है।

panel-error-invalid-key = पैनल ने API key अस्वीकार कर दी। /connect से सही key जोड़ें।
panel-error-funds = पैनल पर आपका बैलेंस काफ़ी नहीं है।
panel-error-unknown-order = पैनल को यह ऑर्डर ID नहीं मिली।
panel-error-unknown-refill = पैनल को यह रिफ़िल ID नहीं मिली।
panel-error-rate-limited = पैनल अभी रिक्वेस्ट सीमित कर रहा है। कृपया एक मिनट बाद फिर कोशिश करें।
panel-error-unavailable = पैनल अभी उपलब्ध नहीं है। कृपया बाद में फिर कोशिश करें।
panel-error-unknown-outcome = पैनल ने समय पर जवाब नहीं दिया, इसलिए नतीजा पता नहीं है। दोबारा कोशिश करने से पहले /orders या /status से जाँच लें।
panel-error-invalid-input = पैनल ने रिक्वेस्ट को अमान्य बताकर अस्वीकार कर दिया।
panel-error-invalid-input-detail = पैनल ने रिक्वेस्ट अस्वीकार कर दी: { $detail }

# कमांड मेन्यू
cmd-start = शुरू करें और झलक देखें
cmd-help = देखें कि यह बॉट क्या कर सकता है
cmd-connect = अपने पैनल की API key जोड़ें
cmd-disconnect = जुड़ी हुई API key हटाएँ
cmd-balance = पैनल का बैलेंस देखें
cmd-services = सर्विस देखें या खोजें
cmd-order = नया ऑर्डर दें
cmd-orders = अपने ऑर्डर और उनका स्टेटस देखें
cmd-status = ID से ऑर्डर का स्टेटस देखें
cmd-refill = ऑर्डर के लिए रिफ़िल माँगें
cmd-refills = ID से रिफ़िल का स्टेटस देखें
cmd-cancel = ऑर्डर कैंसिल करें
cmd-track = पैनल की साइट पर दिए ऑर्डर ट्रैक करें
cmd-untrack = ऑर्डर ट्रैक करना बंद करें
cmd-settings = नोटिफ़िकेशन सेटिंग्स बदलें
cmd-notifications = ग्रुप के नोटिफ़िकेशन चालू या बंद करें
cmd-language = भाषा बदलें
rate-limited = आप बहुत जल्दी-जल्दी भेज रहे हैं। अगली रिक्वेस्ट से पहले थोड़ा रुकें।
fallback-key-deleted = यह API key जैसा लग रहा था, इसलिए सुरक्षा के लिए मैंने आपका मैसेज डिलीट कर दिया। key जोड़ने के लिए पहले /connect भेजें, फिर key।
