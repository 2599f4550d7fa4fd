# /order: čarovnik za naročanje.
order-usage = Pošljite /order za izbiro storitve po korakih ali /order ID za naročilo storitve po njenem ID-ju.
order-choose-category = 🛒 <b>Novo naročilo</b> · izberite kategorijo ({ $count }) ali vpišite besedo za iskanje storitev.
order-choose-service = Izberite storitev ali vpišite besedo za iskanje.
order-button-categories = ⬅️ Kategorije
order-no-services = Panel trenutno nima nobene storitve, zato ni česa naročiti.
order-use-buttons = Uporabite gumbe zgoraj ali /cancel.
order-search-none = Nič ne ustreza iskanju »{ $query }«. Vpišite drugo besedo ali izberite kategorijo zgoraj.
order-old-step = Ta gumb spada k enemu od prejšnjih korakov. Odgovorite na zadnje vprašanje.
order-service-gone = Panel te storitve ne ponuja več. Izberite drugo.
order-service-chosen =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · količina { $min }–{ $max }
order-service-chosen-per-post =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · količina na objavo { $min }–{ $max }
order-service-refused = Panel trenutno ne sprejema naročil za to storitev. Z ukazom /order izberite drugo storitev.

# Vprašanja
order-ask-link = 🔗 Pošljite povezavo (na primer { $example }).
order-ask-quantity = 🔢 Koliko? Pošljite število od { $min } do { $max }.
order-ask-runs = 💧 V koliko delih naj bo dostavljeno? (celo število, npr. 5)
order-ask-interval = ⏱ Koliko minut med posameznimi deli? (celo število, npr. 30)
order-ask-keywords = 🔑 Pošljite ključne besede, vsako v svoji vrstici.
order-ask-comments = 💬 Pošljite komentarje, vsakega v svoji vrstici.
order-ask-comments-count = 💬 Pošljite komentarje, vsakega v svoji vrstici: od { $min } do { $max } vrstic. Količina je število vrstic.
order-ask-usernames = 👤 Pošljite uporabniška imena, vsako v svoji vrstici.
order-ask-usernames-count = 👤 Pošljite uporabniška imena, vsako v svoji vrstici: od { $min } do { $max } vrstic. Količina je število vrstic.
order-ask-hashtags = #️⃣ Pošljite ključnike (hashtage), vsakega v svoji vrstici.
order-ask-hashtag = #️⃣ Pošljite ključnik (hashtag).
order-ask-username = 👤 Pošljite uporabniško ime.
order-ask-media = 🖼 Pošljite povezavo do objave, katere všečkarje naj omenimo.
order-ask-answer-number = 🗳 Kateri odgovor naj dobi glasove? Pošljite njegovo številko (1 za prvi odgovor).
order-ask-groups = 👥 Pošljite skupine, iz katerih naj povabimo člane, vsako v svoji vrstici.
order-ask-min = ⬇️ Najmanj na objavo? Pošljite število od { $min } do { $max }.
order-ask-max = ⬆️ Največ na objavo? Pošljite število od { $min } do { $max }, ki ni manjše od najmanjšega.
order-ask-posts = 📝 Za koliko novih objav? Pošljite število ali preskočite (brez omejitve).
order-ask-old-posts = 🗂 Koliko obstoječih objav naj prav tako dobi storitev? Pošljite število (0 za nobene) ali preskočite.
order-ask-delay = ⏳ Zamik po novi objavi?
order-ask-expiry = 📅 Do kdaj? Pošljite datum v obliki dan/mesec/leto (npr. 31/12/2026) ali preskočite.
order-ask-country = 🌍 Iz katere države naj prihaja promet? (npr. Slovenija ali SI)
order-ask-device = 💻 Katere naprave?
order-ask-traffic-type = 🚦 Katera vrsta prometa?
order-ask-google-keyword = 🔎 Katero ključno besedo naj obiskovalci iščejo v Googlu?
order-ask-referring-url = 🔗 Pošljite napotitveni URL (stran, s katere pridejo obiskovalci).
order-ask-dripfeed = 💧 Želite naročilo razporediti skozi čas (postopna dostava)?

# Imena polj
order-field-link = Povezava
order-field-quantity = Količina
order-field-runs = Število delov
order-field-interval = Razmik (minute)
order-field-keywords = Ključne besede
order-field-comments = Komentarji
order-field-usernames = Uporabniška imena
order-field-hashtags = Ključniki
order-field-hashtag = Ključnik
order-field-username = Uporabniško ime
order-field-media = Povezava do objave
order-field-answer-number = Številka odgovora
order-field-groups = Skupine
order-field-min = Najmanj na objavo
order-field-max = Največ na objavo
order-field-posts = Nove objave
order-field-old-posts = Obstoječe objave
order-field-delay = Zamik
order-field-expiry = Velja do
order-field-country = Država
order-field-device = Naprava
order-field-traffic-type = Vrsta prometa
order-field-google-keyword = Ključna beseda za Google
order-field-referring-url = Napotitveni URL
order-field-dripfeed = Postopna dostava

# Izbire
order-delay-none = Brez zamika
order-delay-minutes = { $n } min
order-device-desktop = 🖥 Računalnik
order-device-android = 🤖 Android
order-device-ios = 🍏 iOS
order-device-mixed-mobile = 📱 Mešano mobilno
order-device-mixed = 🔀 Mešano
order-traffic-google = 🔎 Ključna beseda v Googlu
order-traffic-referrer = 🔗 Lastni napotitelj
order-traffic-blank = ⬜ Brez napotitelja
order-button-skip = ⏭ Preskoči
order-button-drip-yes = 💧 Da, postopno
order-button-drip-no = Vse naenkrat
order-skipped = { $field }: preskočeno
order-chosen = { $field }: { $value }
order-dripfeed-yes = 💧 Postopna dostava: da
order-dripfeed-no = Postopna dostava: ne, vse naenkrat

# Težave z odgovorom
order-send-again = Pošljite znova ali /cancel.
order-error-link = ❌ To ni veljavna povezava. Pošljite celotno povezavo, na primer https://instagram.com/p/abc123.
order-error-number = ❌ Pošljite celo število, samo s števkami (na primer 1000).
order-error-too-big = ❌ To število je preveliko.
order-error-quantity-range = ❌ Količina mora biti med { $min } in { $max }.
order-error-lines-range = ❌ Poslali ste { $count } { $count ->
        [one] vrstico
        [two] vrstici
        [few] vrstice
       *[other] vrstic
    }; ta storitev potrebuje od { $min } do { $max } (vsako v svoji vrstici).
order-error-lines-empty = ❌ Pošljite vsaj eno vrstico.
order-error-range = ❌ Število mora biti med { $min } in { $max }.
order-error-max-below-min = ❌ Največja vrednost ne sme biti manjša od najmanjše ({ $min }).
order-error-too-small = ❌ Število mora biti vsaj { $min }.
order-error-one-line = ❌ Pošljite samo eno vrstico.
order-error-date = ❌ Pošljite datum, ki ni v preteklosti, v obliki dan/mesec/leto (na primer 31/12/2026).
order-error-choice = ❌ Izberite enega od gumbov.
order-error-empty = ❌ To ne sme biti prazno.
order-error-invalid = ❌ »{ $field }« ni veljavno.
order-recheck = Nekateri odgovori se ne ujemajo več, zato bom vprašal znova: { $fields }.

# Povzetek
order-summary-title = 🧾 <b>Preverite naročilo</b>
order-summary-service = Storitev: <b>{ $name }</b> (ID { $id })
order-summary-field = { $label }: { $value }
order-summary-lines = { $count } { $count ->
        [one] vrstica
        [two] vrstici
        [few] vrstice
       *[other] vrstic
    }
order-summary-more = … in še { $count }
order-number = { $n }
order-summary-drip = Postopna dostava: { $runs }-krat, vsakih { $interval } min
order-summary-total = Skupna količina: { $total }
order-summary-price = 💵 Cena: <b>{ $price }</b>
order-summary-price-max = 💵 Cena: največ <b>{ $price }</b> (obračunano po objavah)
order-summary-price-per-post = 💵 Cena: največ <b>{ $price }</b> na objavo
order-summary-price-unknown = 💵 Cena: določi jo panel
order-summary-balance = 💰 Dobroimetje: { $balance }
order-summary-balance-low = ⚠️ Vaše dobroimetje je nižje od cene. Najprej naložite sredstva na panelu, sicer bo panel naročilo zavrnil.
order-summary-balance-unknown = ⚠️ Dobroimetja nisem mogel preveriti: { $reason }
order-button-confirm = ✅ Potrdi
order-button-change = ✏️ Spremeni
order-change-which = Kaj želite spremeniti?
order-confirm-hint = Pritisnite ✅ Potrdi, ✏️ Spremeni ali ✖️ Prekliči pod povzetkom.

# Izid
order-placed = ✅ Naročilo { $id } je oddano · { $price }
order-placed-no-price = ✅ Naročilo { $id } je oddano.
order-placed-next = Sporočil vam bom, ko se stanje naročila spremeni. /orders prikaže vaša naročila, /status { $id } preveri to naročilo.
order-unknown-outcome = ⚠️ Panel naročila ni potrdil, zato ne vem, ali je bilo oddano. Ponovno ga ne bom poslal. Čez minuto preverite /orders ali /status (ali spletno stran panela), preden naročite znova.
order-failed-fix = Nič ni bilo naročeno. Spremenite podatek in znova potrdite ali pa pošljite /cancel.
order-already-placed = Naročilo { $id } je že oddano. /orders prikaže vaša naročila.
order-already-unknown = To naročilo je bilo že poslano, a njegov izid ni znan. Pred ponovnim naročanjem preverite /orders ali /status.
order-already-failed = Ta povzetek ni bil naročen. Uporabite zadnji povzetek ali začnite znova z /order.
order-wizard-expired = Ta obrazec za naročilo ni več aktiven. Začnite znova z /order.
