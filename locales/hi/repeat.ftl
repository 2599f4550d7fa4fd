# Repeat, favourites and recent services.
orders-button-repeat = 🔂 फिर से ऑर्डर करें
tracking-button-repeat = 🔂 फिर से { $id }
repeat-unknown = मुझे नहीं पता कि ऑर्डर { $id } में कौन-सी सेवा थी (यह मेरे ज़रिए नहीं दिया गया था), इसलिए मैं इसे दोहरा नहीं सकता। /order का उपयोग करें।
order-repeat-changed = ⚠️ उस ऑर्डर के बाद सेवा बदल गई है। मैं फिर से पूछूँगा:
order-repeat-field = • { $field }: { $problem }
order-repeat-ask-again = फिर से चुनना होगा
order-shortlist-title = ⭐ आपकी पसंदीदा और हाल की सेवाएँ सबसे ऊपर हैं।
order-shortlist-favourite = ⭐ { $price } · { $name }
order-shortlist-recent = 🕘 { $price } · { $name }
services-button-favourite = ⭐ पसंदीदा में जोड़ें
services-button-unfavourite = ☆ पसंदीदा से हटाएँ
services-favourite-added = ⭐ पसंदीदा में जोड़ा गया: /order में सबसे पहले दिखेगी।
services-favourite-removed = पसंदीदा से हटा दिया गया।
