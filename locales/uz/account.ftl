start-welcome = 👋 Assalomu alaykum, { $name }! Men SMM-panel akkauntingizni Telegram orqali boshqaraman: balans, xizmatlar, buyurtmalar, refill va bekor qilish — buyurtma holati oʻzgarganda esa sizga xabar beraman.
start-next-connect = Avval /connect buyrugʻi bilan panelning API kalitini ulang (uni panelning API sahifasida topasiz). Soʻng /balance, /services yoki /order buyruqlarini sinab koʻring. Barcha buyruqlar roʻyxati: /help.
start-connected = { $panel } panelidagi akkauntingiz ulangan. /balance, /services, /order yoki /orders buyruqlarini sinab koʻring. Barcha buyruqlar roʻyxati: /help.
start-group = 👋 Assalomu alaykum! Men bu guruhga SMM-paneldagi buyurtmalarni kuzatishda yordam beraman. Admin /connect buyrugʻi bilan panel akkauntini ulashi mumkin; buyruqlar roʻyxati: /help.

connect-choose-panel = Akkauntingiz qaysi panelda?
connect-panel-chosen = Panel: { $panel }
connect-ask-key = 🔑 { $panel } uchun API kalitingizni yuboring. Uni panelning API sahifasida topasiz. Xabaringizni oʻqishim bilanoq oʻchirib tashlayman, kalitni esa shifrlangan holda saqlayman.
connect-ask-key-group = 🔑 “{ $group }” guruhi foydalanadigan { $panel } API kalitini yuboring. Xabaringizni oʻqishim bilanoq oʻchirib tashlayman, kalitni esa shifrlangan holda saqlayman. Guruh aʼzolari uni hech qachon koʻrmaydi.
connect-key-malformed = Bu API kalitga oʻxshamaydi (kalit boʻsh joysiz bitta soʻzdan iborat boʻladi). Kalitni qayta yuboring yoki /cancel buyrugʻi bilan bekor qiling.
connect-key-rejected = ❌ Panel bu kalitni qabul qilmadi. Uni panelning API sahifasida tekshirib, qayta yuboring yoki /cancel buyrugʻi bilan bekor qiling. Kalit saqlanmadi.
connect-try-again = Qayta urinish uchun kalitni yana yuboring yoki /cancel buyrugʻi bilan bekor qiling. Kalit saqlanmadi.
connect-done = ✅ { $panel } paneliga ulandi. Balans: { $balance }.
connect-done-group = ✅ “{ $group }” guruhi endi { $panel } paneliga ulandi. Balans: { $balance }.
disconnect-done = API kalitingiz oʻchirildi. Istalgan vaqtda /connect orqali qayta ulashingiz mumkin.
disconnect-done-group = Guruhning API kaliti oʻchirildi.
disconnect-none = Ulangan API kalit yoʻq.

balance = 💰 { $panel } panelidagi balans: { $balance }

language-choose = Tilni tanlang:
language-set = ✅ Bot tili: oʻzbekcha.
