# ऑर्डर ट्रैकिंग: /track, /untrack, /settings और स्टेटस बदलने के नोटिफ़िकेशन।

## नोटिफ़िकेशन (HTML)
tracking-notify-title = 🔔 <b>{ $count ->
        [one] { $count } ऑर्डर बदला
       *[other] { $count } ऑर्डर बदले
    }</b>
tracking-notify-progress = 📈 प्रोग्रेस अपडेट
tracking-notify-part = { $parts } में से संदेश { $part }
tracking-notify-open-orders = सभी को देखने और मैनेज करने के लिए /orders खोलें।
tracking-refill-card = ♻️ <b>रिफ़िल { $id }</b> · ऑर्डर { $order }
tracking-button-refresh = 🔄 { $id }
tracking-button-refill = 🔁 रिफ़िल { $id }
tracking-button-cancel = ✖️ कैंसिल { $id }
tracking-button-refill-refresh = 🔄 रिफ़िल { $id }
tracking-reconnect-rejected = ⚠️ पैनल { $panel } अब कनेक्ट की गई API key स्वीकार नहीं कर रहा (key बदली या रद्द की गई, या अकाउंट निलंबित है), इसलिए इस key से जाँचे जाने वाले ऑर्डर की ट्रैकिंग मैंने रोक दी है। /connect से एक मान्य key जोड़ें, ट्रैकिंग फिर से शुरू हो जाएगी।
tracking-reconnect-undecryptable = ⚠️ पैनल { $panel } के लिए सहेजी गई API key मैं अब पढ़ नहीं पा रहा (बॉट की एन्क्रिप्शन key बदल दी गई है), इसलिए इस key से जाँचे जाने वाले ऑर्डर की ट्रैकिंग मैंने रोक दी है। /connect से key फिर से जोड़ें, ट्रैकिंग फिर से शुरू हो जाएगी।

## /track और /untrack
tracking-track-usage =
    पैनल की साइट पर दिए गए ऑर्डर की ID भेजें, उनका स्टेटस बदलते ही मैं आपको बताऊँगा:
    <code>/track 23501</code>
    <code>/track 23501, 23502 23503</code>
    एक बार में ज़्यादा से ज़्यादा { $max } ID। /untrack ID से ट्रैकिंग बंद होती है।
tracking-untrack-usage =
    जिन ऑर्डर को ट्रैक करना बंद करना है, उनकी ID भेजें, जैसे:
    <code>/untrack 23501 23502</code>
tracking-too-many = आपने { $count } ID भेजी हैं। मैं एक कमांड में ज़्यादा से ज़्यादा { $max } लेता हूँ: कृपया इन्हें हिस्सों में भेजें।
tracking-not-ids = ⚠️ ऑर्डर ID नहीं है (ID में सिर्फ़ अंक होते हैं): { $tokens }
tracking-track-title = <b>ट्रैकिंग</b>
tracking-untrack-title = <b>ट्रैकिंग बंद</b>
tracking-item-tracked = ✅ <code>{ $id }</code> — { $status }: स्टेटस बदलते ही मैं बताऊँगा।
tracking-item-tracked-final = ☑️ <code>{ $id }</code> — { $status }: पहले ही पूरा हो चुका है, /orders में जोड़ा गया लेकिन ट्रैक नहीं होगा।
tracking-item-already = ℹ️ <code>{ $id }</code> यहाँ पहले से ट्रैक हो रहा है।
tracking-item-unknown = ❓ <code>{ $id }</code> — इस अकाउंट पर नहीं मिला, ट्रैक नहीं किया।
tracking-item-unavailable = ⚠️ <code>{ $id }</code> — पैनल ने जवाब नहीं दिया, ट्रैक नहीं किया। कृपया बाद में फिर कोशिश करें।
tracking-item-error = ⚠️ <code>{ $id }</code> — जाँच नहीं हो सकी ({ $reason }), ट्रैक नहीं किया।
tracking-item-untracked = ✅ <code>{ $id }</code> — अब ट्रैक नहीं हो रहा।
tracking-item-not-tracked = ℹ️ <code>{ $id }</code> — यहाँ ट्रैक नहीं हो रहा था।

## /settings
tracking-settings-title =
    ⚙️ <b>सेटिंग्स</b>
    ट्रैक किए गए ऑर्डर का स्टेटस बदलने पर नोटिफ़िकेशन आता है। प्रोग्रेस अपडेट तब भी आते हैं जब उसका स्टार्ट काउंट या बाकी मात्रा बदलती है।
tracking-settings-notifications-on = 🔔 नोटिफ़िकेशन: चालू
tracking-settings-notifications-off = 🔕 नोटिफ़िकेशन: बंद
tracking-settings-progress-on = 📈 प्रोग्रेस अपडेट: चालू
tracking-settings-progress-off = 📉 प्रोग्रेस अपडेट: बंद
tracking-settings-saved = सेव हो गया।
tracking-settings-private-only = ग्रुप में एडमिन /notifications on या /notifications off इस्तेमाल करते हैं। अपनी /settings के लिए हमारी प्राइवेट चैट खोलें।
