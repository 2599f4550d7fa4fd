# /export: the chat's orders as CSV.
cmd-export = इस चैट के ऑर्डर CSV फ़ाइल में डाउनलोड करें
history-export-caption = 📄 { $count } ऑर्डर (id, तारीख़, खाता, सेवा, लिंक, मात्रा, शुल्क, मुद्रा, स्थिति, शुरुआती गिनती, बाकी)।
