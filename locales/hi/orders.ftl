# ऑर्डर की कमांड: /status, /orders, /refill, /refills, /cancel और ऑर्डर के बटन।

## साझा
orders-invalid-ids = ⚠️ छोड़ दिया, { $count ->
        [one] यह ID नहीं है
       *[other] ये ID नहीं हैं
    } (ID में सिर्फ़ अंक होते हैं): { $tokens }
orders-invalid-more = और { $count }
orders-too-many = आपने { $count } ID भेजी हैं। मैं एक कमांड में ज़्यादा से ज़्यादा { $max } लेता हूँ: कृपया इन्हें हिस्सों में भेजें।
orders-refreshed = अपडेट हो गया।

## एक ID का छोटा नतीजा
orders-item-unknown-order = ❓ इस अकाउंट पर नहीं मिला
orders-item-unknown-refill = ❓ इस अकाउंट पर रिफ़िल नहीं मिला
orders-item-unavailable = ⚠️ पैनल ने जवाब नहीं दिया, बाद में फिर कोशिश करें
orders-item-rate-limited = ⏳ पैनल रिक्वेस्ट सीमित कर रहा है, एक मिनट बाद फिर कोशिश करें
orders-item-unknown-outcome = ⚠️ पैनल से जवाब नहीं आया: हो सकता है काम हो गया हो, दोबारा कोशिश से पहले जाँच लें
orders-item-invalid-key = 🔑 पैनल ने API key अस्वीकार कर दी
orders-item-refill-disabled = ⛔ इस सर्विस के लिए रिफ़िल बंद है
orders-item-refill-not-eligible = ⛔ (अभी) रिफ़िल के योग्य नहीं
orders-item-refill-unsupported = ⛔ यह पैनल रिफ़िल नहीं देता
orders-item-cancel-disabled = ⛔ इस सर्विस के लिए कैंसिल बंद है
orders-item-cancel-refused = ⛔ यह ऑर्डर अब कैंसिल नहीं हो सकता
orders-item-cancel-unsupported = ⛔ यह पैनल ऑर्डर कैंसिल करने की सुविधा नहीं देता
orders-item-refused = ⛔ पैनल ने अस्वीकार किया: { $detail }
orders-item-refused-plain = ⛔ पैनल ने अस्वीकार किया
orders-item-error = ⚠️ कुछ गड़बड़ हो गई, कृपया फिर कोशिश करें

## ऑर्डर कार्ड के बटन
orders-button-refresh = 🔄 रीफ़्रेश
orders-button-refill = 🔁 रिफ़िल
orders-button-cancel = ✖️ ऑर्डर कैंसिल करें
orders-button-cancel-confirm = हाँ, ऑर्डर { $id } कैंसिल करें
orders-button-cancel-keep = नहीं, रहने दें
orders-cancel-ask-one = ऑर्डर { $id } कैंसिल करें? कन्फ़र्म करने के लिए “हाँ” दबाएँ।

## /status
orders-status-usage =
    कमांड के बाद एक या ज़्यादा ऑर्डर ID भेजें, जैसे:
    <code>/status 23501</code>
    <code>/status 23501, 23502 23503</code>
    ID को स्पेस, कॉमा या नई लाइन से अलग करें (ज़्यादा से ज़्यादा { $max })।
orders-status-unknown = ❓ ऑर्डर <code>{ $id }</code> इस अकाउंट पर नहीं मिला।
orders-status-header = 📋 { $count } ऑर्डर का स्टेटस:

## /orders
orders-list-empty =
    इस चैट में अभी कोई ऑर्डर ट्रैक नहीं हो रहा।
    /order से ऑर्डर दें, या पैनल की साइट पर दिए गए ऑर्डर <code>/track ID</code> से ट्रैक करें।
orders-list-title = 📋 <b>ऑर्डर</b> { $from }–{ $to }, कुल { $total }
orders-list-not-checked = 🕓 अभी जाँचा नहीं गया
orders-list-fresh = 🔄 अभी-अभी पैनल से जाँचा गया।
orders-list-refresh-failed = पैनल से जाँच नहीं हो सकी: { $reason }
orders-button-prev = ◀ नए
orders-button-next = पुराने ▶
orders-button-refresh-page = 🔄 रीफ़्रेश
orders-button-details = 📦 { $id }

## /refill और /refills
orders-refill-usage =
    जिन ऑर्डर का रिफ़िल चाहिए, उनकी ID भेजें, जैसे:
    <code>/refill 23501</code> या <code>/refill 23501 23502</code>
    बाद में रिफ़िल का स्टेटस <code>/refills REFILL_ID</code> से देखें।
orders-refill-created = 🔁 रिफ़िल <code>{ $refill }</code> की रिक्वेस्ट भेजी गई
orders-refill-done-one = 🔁 ऑर्डर { $id } के लिए रिफ़िल { $refill } की रिक्वेस्ट भेजी गई। इसे /refills { $refill } से देखें।
orders-refill-failed-one = ऑर्डर { $id }: { $reason }
orders-refill-header = 🔁 { $count } ऑर्डर के लिए रिफ़िल रिक्वेस्ट:
orders-refill-summary = { $count } में से { $created } रिफ़िल की रिक्वेस्ट भेजी गई। इन्हें /refills से देखें।
orders-refills-usage =
    कमांड के बाद रिफ़िल ID भेजें, जैसे:
    <code>/refills 7</code> या <code>/refills 7 8 9</code>
orders-refills-one = 🔁 <b>रिफ़िल { $id }</b>
    { $status }
orders-refills-unknown = ❓ रिफ़िल <code>{ $id }</code> इस अकाउंट पर नहीं मिला।
orders-refills-header = 🔁 { $count } रिफ़िल का स्टेटस:

## /cancel
orders-cancel-usage =
    जिन ऑर्डर को कैंसिल करना है, उनकी ID भेजें, जैसे:
    <code>/cancel 23501</code> या <code>/cancel 23501 23502</code>
    कुछ भी कैंसिल करने से पहले मैं आपसे कन्फ़र्म करवाऊँगा। (जब स्टेप-बाय-स्टेप बातचीत खुली हो, तब /cancel उसे बंद कर देता है।)
orders-cancel-confirm =
    { $count ->
        [one] यह ऑर्डर
       *[other] ये { $count } ऑर्डर
    } कैंसिल करें? { $ids }
    हर सर्विस कैंसिल नहीं हो सकती; हर ऑर्डर के लिए पैनल तय करता है।
orders-cancel-yes = { $count ->
        [one] हाँ, 1 ऑर्डर कैंसिल करें
       *[other] हाँ, { $count } ऑर्डर कैंसिल करें
    }
orders-cancel-no = नहीं
orders-cancel-kept = कुछ भी कैंसिल नहीं हुआ।
orders-cancel-ok = ✅ कैंसिल की रिक्वेस्ट भेजी गई
orders-cancel-done-one = ✅ ऑर्डर { $id } को कैंसिल करने की रिक्वेस्ट भेजी गई।
orders-cancel-failed-one = ऑर्डर { $id }: { $reason }
orders-cancel-header = ✖️ { $count } ऑर्डर के लिए कैंसिल रिक्वेस्ट:
orders-list-account-gone = (इसका अकाउंट अब जुड़ा नहीं है)
