## /connect → ➕ दूसरा पैनल: कोई भी API v2 पैनल, उसके पते से
button-other-panel = ➕ दूसरा पैनल
connect-ask-address = 🌐 अपने पैनल का पता भेजें, जैसे smmpanel.com या https://smmpanel.com/api/v2। उसका API मैं खुद ढूँढ लूँगा।
connect-panel-found = पैनल का API मिल गया: { $url }
connect-address-refused-malformed = यह वेब पता नहीं है। इसे smmpanel.com या https://smmpanel.com/api/v2 की तरह भेजें, या /cancel।
connect-address-refused-scheme = केवल सुरक्षित https पते मान्य हैं। पैनल का https पता भेजें, या /cancel।
connect-address-refused-credentials = पते में यूज़र नेम या पासवर्ड नहीं होना चाहिए। इनके बिना भेजें, या /cancel।
connect-address-refused-port = इस पोर्ट की अनुमति नहीं है: पैनल सामान्य वेब पोर्ट पर ही खुलते हैं। पोर्ट के बिना पता भेजें, या /cancel।
connect-address-refused-denied = बॉट के संचालक ने यह पैनल ब्लॉक किया है। कोई दूसरा पता भेजें, या /cancel।
connect-address-refused-not-allowed = बॉट के संचालक केवल कुछ पैनल की अनुमति देते हैं, और यह उनमें नहीं है। कोई दूसरा पता भेजें, या /cancel।
connect-address-refused-disabled = इस बॉट में दूसरे पैनल बंद हैं। इसके किसी पैनल को चुनने के लिए /connect भेजें।
connect-address-refused-private = यह पता किसी सार्वजनिक पैनल पर नहीं, बल्कि निजी या आंतरिक नेटवर्क पर ले जाता है। पैनल का सार्वजनिक पता भेजें, या /cancel।
connect-address-refused-unresolved = यह पता मौजूद नहीं है (डोमेन नहीं मिला)। वर्तनी जाँचकर फिर से भेजें, या /cancel।
connect-no-api = मैं { $host } तक पहुँच गया, पर वहाँ पैनल का API नहीं मिला। पैनल के API पेज से पूरा API पता भेजें (जैसे https://smmpanel.com/api/v2), या /cancel।
connect-unreachable = { $host } तक नहीं पहुँच सका (कोई जवाब नहीं, या उसकी सुरक्षा ने मुझे रोक दिया)। दोबारा कोशिश के लिए पता फिर भेजें, या /cancel।
