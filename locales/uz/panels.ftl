## /connect → ➕ Boshqa panel: API v2 bilan ishlaydigan istalgan panel, manzili orqali
button-other-panel = ➕ Boshqa panel
connect-ask-address = 🌐 Panelingiz manzilini yuboring, masalan smmpanel.com yoki https://smmpanel.com/api/v2. Uning API manzilini o'zim topaman.
connect-panel-found = Panel API topildi: { $url }
connect-address-refused-malformed = Bu veb-manzil emas. Uni smmpanel.com yoki https://smmpanel.com/api/v2 ko'rinishida yuboring yoki /cancel.
connect-address-refused-scheme = Faqat xavfsiz https manzillarga ruxsat bor. Panelning https manzilini yuboring yoki /cancel.
connect-address-refused-credentials = Manzilda foydalanuvchi nomi yoki parol bo'lmasligi kerak. Ularsiz yuboring yoki /cancel.
connect-address-refused-port = Bu portga ruxsat yo'q: panellarga standart veb-portlar orqali ulaniladi. Manzilni portsiz yuboring yoki /cancel.
connect-address-refused-denied = Bot egasi bu panelni bloklagan. Boshqa manzil yuboring yoki /cancel.
connect-address-refused-not-allowed = Bot egasi faqat ayrim panellarga ruxsat beradi, bu panel ular orasida yo'q. Boshqa manzil yuboring yoki /cancel.
connect-address-refused-disabled = Bu botda boshqa panellar o'chirilgan. /connect yuboring va uning panellaridan birini tanlang.
connect-address-refused-private = Bu manzil ommaviy panelga emas, xususiy yoki ichki tarmoqqa olib boradi. Panelning ommaviy manzilini yuboring yoki /cancel.
connect-address-refused-unresolved = Bunday manzil yo'q (domen topilmadi). Yozilishini tekshirib, qayta yuboring yoki /cancel.
connect-no-api = { $host } bilan bog'landim, lekin u yerda panel API topilmadi. Panelning API sahifasidagi to'liq API manzilini yuboring (masalan https://smmpanel.com/api/v2) yoki /cancel.
connect-unreachable = { $host } bilan bog'lanib bo'lmadi (javob yo'q yoki uning himoyasi meni to'sdi). Qayta urinish uchun manzilni yana yuboring yoki /cancel.
