# इनलाइन मोड: किसी भी चैट में @bot 23501।
inline-connect-button = 🔑 पहले अपना पैनल अकाउंट जोड़ें
inline-error-title = ⚠️ ऑर्डर जाँचे नहीं जा सके
inline-no-orders-title = अभी कोई हाल का ऑर्डर नहीं
inline-no-orders-description = मेरे नाम के बाद ऑर्डर ID लिखें, जैसे 23501
inline-no-orders-text = ऑर्डर का स्टेटस शेयर करने के लिए मेरे नाम के बाद ऑर्डर ID लिखें, जैसे @{ $bot } 23501 23502
inline-format-title = ℹ️ ऑर्डर ID सिर्फ़ अंक होती है
inline-format-description = एक या ज़्यादा ऑर्डर ID लिखें, जैसे 23501 23502
inline-format-text = ℹ️ ऑर्डर ID सिर्फ़ अंक होती है, जैसे @{ $bot } 23501 23502। यह ऑर्डर ID नहीं है: { $tokens }
inline-unknown-title = ❔ ऑर्डर { $id } नहीं मिला
inline-unknown-description = आपके अकाउंट पर पैनल को यह ऑर्डर ID नहीं मिली।
inline-unknown-text = ❔ पैनल को ऑर्डर { $id } नहीं मिला। नंबर जाँचें और फिर कोशिश करें।
