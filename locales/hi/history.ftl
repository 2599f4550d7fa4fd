# /export and the /orders filters.
cmd-export = इस चैट के ऑर्डर CSV फ़ाइल में डाउनलोड करें
history-export-caption = 📄 { $count } ऑर्डर (id, तारीख़, खाता, सेवा, लिंक, मात्रा, शुल्क, मुद्रा, स्थिति, शुरुआती गिनती, बाकी)।
history-filter-all = सभी
history-filter-all-on = • सभी
history-filter-active = ⏳ सक्रिय
history-filter-active-on = • ⏳ सक्रिय
history-filter-finished = ✅ पूरे
history-filter-finished-on = • ✅ पूरे
history-filter-empty = इस फ़िल्टर से कोई ऑर्डर मेल नहीं खाता।
