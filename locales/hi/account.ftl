start-welcome = 👋 नमस्ते { $name }! मैं Telegram से ही आपका SMM पैनल अकाउंट चलाता हूँ: बैलेंस, सर्विस, ऑर्डर, रिफ़िल और कैंसिल — और जब किसी ऑर्डर का स्टेटस बदलता है, तो मैं आपको बताता हूँ।
start-next-connect = सबसे पहले /connect से अपने पैनल की API key जोड़ें (यह पैनल के API पेज पर मिलती है)। फिर /balance, /services या /order आज़माएँ। /help में सारी कमांड हैं।
start-connected = { $panel } पर आपका अकाउंट जुड़ा हुआ है। /balance, /services, /order या /orders आज़माएँ। /help में सारी कमांड हैं।
start-group = 👋 नमस्ते! मैं इस ग्रुप को उसके SMM पैनल ऑर्डर पर नज़र रखने में मदद करता हूँ। कोई एडमिन /connect से पैनल अकाउंट जोड़ सकता है; /help में सारी कमांड हैं।

connect-choose-panel = आपका अकाउंट किस पैनल पर है?
connect-panel-chosen = पैनल: { $panel }
connect-ask-key = 🔑 { $panel } की अपनी API key भेजें। यह पैनल के API पेज पर मिलती है। पढ़ते ही मैं आपका मैसेज डिलीट कर दूँगा और key को एन्क्रिप्ट करके सेव करूँगा।
connect-ask-key-group = 🔑 { $panel } की वह API key भेजें जिसे ग्रुप “{ $group }” इस्तेमाल करेगा। पढ़ते ही मैं आपका मैसेज डिलीट कर दूँगा और key को एन्क्रिप्ट करके सेव करूँगा। ग्रुप के सदस्य इसे कभी नहीं देखते।
connect-key-malformed = यह API key जैसी नहीं लगती (एक ही शब्द, बिना स्पेस)। key दोबारा भेजें, या /cancel करें।
connect-key-rejected = ❌ पैनल ने यह key स्वीकार नहीं की। पैनल के API पेज पर इसे जाँचें और दोबारा भेजें, या /cancel करें। key सेव नहीं हुई।
connect-try-again = फिर से कोशिश करने के लिए key दोबारा भेजें, या /cancel करें। key सेव नहीं हुई।
connect-done = ✅ { $panel } से जुड़ गया। बैलेंस: { $balance }।
connect-done-group = ✅ ग्रुप “{ $group }” अब { $panel } से जुड़ गया है। बैलेंस: { $balance }।
disconnect-done = आपकी API key हटा दी गई। /connect से कभी भी दोबारा जोड़ें।
disconnect-done-group = ग्रुप की API key हटा दी गई।
disconnect-none = कोई API key जुड़ी हुई नहीं है।

balance = 💰 { $panel } पर बैलेंस: { $balance }

language-choose = भाषा चुनें:
language-set = ✅ भाषा हिन्दी कर दी गई है।
