# /mass: many orders at once.
cmd-mass = एक साथ कई ऑर्डर (हर पंक्ति में सेवा | लिंक | मात्रा)
mass-usage =
    📑 <b>बल्क ऑर्डर</b>: { $max } तक पंक्तियाँ भेजें, हर पंक्ति में एक ऑर्डर:
    <code>सेवा | लिंक | मात्रा</code>
    जैसे <code>1448 | https://instagram.com/p/abc | 1000</code>। स्पेस, कॉमा या सेमीकोलन भी चलेंगे। मैं हर पंक्ति जाँचकर कुछ भी ऑर्डर होने से पहले कुल कीमत दिखाऊँगा।
mass-reason-format = अपेक्षित: सेवा | लिंक | मात्रा
mass-reason-unknown-service = इस पैनल पर सेवा { $id } नहीं है
mass-reason-needs-fields = { $type } सेवा को और जानकारी चाहिए: /order इस्तेमाल करें
mass-reason-bad-link = लिंक सही नहीं लगता
mass-reason-bad-quantity = मात्रा पूर्ण संख्या नहीं है
mass-reason-quantity-range = मात्रा { $min }–{ $max } होनी चाहिए
mass-reason-invalid = पैनल यह पंक्ति स्वीकार नहीं करेगा
mass-preview-title = 📑 <b>बल्क ऑर्डर</b> · { $valid } तैयार, { $refused } अस्वीकृत
mass-line-ok = ✅ { $n }. <code>{ $id }</code> · { $quantity } · { $link } · { $price }
mass-line-refused = ❌ { $n }. { $text } — { $reason }
mass-preview-total = 💵 कुल: <b>{ $price }</b>
mass-over = ⚠️ { $count } और पंक्तियाँ छोड़ दी गईं (अधिकतम { $max })।
mass-none-valid = कोई भी पंक्ति ऑर्डर नहीं की जा सकती। उन्हें ठीक करके फिर से /mass भेजें।
mass-button-confirm = ✅ { $count } ऑर्डर दें
mass-progress = ⏳ ऑर्डर दिए जा रहे हैं: { $count } में से { $done }…
mass-progress-resumed = ⏳ फिर से शुरू: भेजी जा चुकी पंक्तियाँ दोबारा नहीं भेजी जातीं ({ $count } पंक्तियाँ)…
mass-progress-done = ✅ पूरा: { $count } में से { $placed } ऑर्डर दिए गए।
mass-result-title = 📑 <b>बल्क ऑर्डर का नतीजा</b> · { $count } पंक्तियों में से { $placed } दिए गए
mass-result-placed = { $n }. ✅ ऑर्डर <code>{ $id }</code>
mass-result-refused = { $n }. ❌ { $reason }
mass-result-failed = { $n }. ❌ नहीं दिया गया: { $reason }
mass-result-unknown = { $n }. ❓ पैनल से जवाब नहीं मिला — दोबारा ऑर्डर करने से पहले /orders देखें
mass-result-not-sent = { $n }. ⏸ नहीं भेजा गया
mass-already-confirmed = ये ऑर्डर पहले से दिए जा रहे हैं।
mass-already-done = पहले ही दिया जा चुका है; कुछ भी दोबारा नहीं भेजा गया। यह रहा नतीजा।
mass-cancelled = बल्क ऑर्डर रद्द। कुछ भी ऑर्डर नहीं हुआ।
