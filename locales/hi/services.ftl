# /services: सर्विस की सूची।
services-categories = 📚 <b>सर्विस</b> · { $count } { $count ->
        [one] कैटेगरी
       *[other] कैटेगरी
    }। एक चुनें, या /services शब्द से खोजें।
services-page = { $page }/{ $pages }
services-category-title = 📂 <b>{ $category }</b> · { $count } { $count ->
        [one] सर्विस
       *[other] सर्विस
    }
services-search-title = 🔎 “{ $query }” के नतीजे: { $count }
services-line = <b>{ $id }</b> · { $name }
    { $rate } · { $min }–{ $max }
services-rate = { $rate } प्रति 1000
services-rate-package = { $rate } प्रति पैकेज
services-card-title = 🛍 <b>{ $name }</b>
services-card-id = ID { $id } · { $category }
services-card-type = टाइप: { $type }
services-card-rate = कीमत: { $rate }
services-card-limits = मात्रा: { $min } – { $max }
services-card-limits-per-post = प्रति पोस्ट मात्रा: { $min } – { $max }
services-card-flags = रिफ़िल: { $refill } · कैंसिल: { $cancel } · ड्रिप-फ़ीड: { $dripfeed }
services-card-average-time = ⏱ औसत समय: { $time }
services-yes = ✅
services-no = ❌
services-button-order = 🛒 ऑर्डर करें
services-button-categories = 📚 सभी कैटेगरी
services-search-none = “{ $query }” से कुछ नहीं मिला। छोटा या कोई दूसरा शब्द आज़माएँ, या कैटेगरी देखने के लिए /services भेजें।
services-stale = ♻️ उस मैसेज के बाद सर्विस की सूची बदल गई है। यह रही मौजूदा सूची।
services-stale-alert = सर्विस की सूची बदल गई है। मौजूदा सूची दिखा रहा हूँ।
services-not-found = यह सर्विस अब पैनल की सूची में नहीं है।
services-empty = पैनल पर अभी कोई सर्विस नहीं है।
services-query-expired = इस खोज की समय-सीमा ख़त्म हो गई है। /services शब्द फिर से भेजें।
