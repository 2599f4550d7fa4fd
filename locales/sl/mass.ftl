# /mass: many orders at once.
cmd-mass = Oddajte več naročil hkrati (storitev | povezava | količina v vsaki vrstici)
mass-usage =
    📑 <b>Množično naročilo</b>: pošljite do { $max } vrstic, eno naročilo na vrstico:
    <code>storitev | povezava | količina</code>
    na primer <code>1448 | https://instagram.com/p/abc | 1000</code>. Delujejo tudi presledki, vejice ali podpičja. Preverim vsako vrstico in pokažem skupno ceno, preden se karkoli naroči.
mass-reason-format = pričakovano: storitev | povezava | količina
mass-reason-unknown-service = storitve { $id } na tem panelu ni
mass-reason-needs-fields = storitev vrste { $type } potrebuje več podatkov: uporabite /order
mass-reason-bad-link = povezava ni videti pravilna
mass-reason-bad-quantity = količina ni celo število
mass-reason-quantity-range = količina mora biti { $min }–{ $max }
mass-reason-invalid = panel te vrstice ne bi sprejel
mass-preview-title = 📑 <b>Množično naročilo</b> · pripravljenih { $valid }, zavrnjenih { $refused }
mass-line-ok = ✅ { $n }. <code>{ $id }</code> · { $quantity } · { $link } · { $price }
mass-line-refused = ❌ { $n }. { $text } — { $reason }
mass-preview-total = 💵 Skupaj: <b>{ $price }</b>
mass-over = ⚠️ Še { $count } vrstic sem prezrl (največ { $max }).
mass-none-valid = Nobene vrstice ni mogoče naročiti. Popravite jih in znova pošljite /mass.
mass-button-confirm = ✅ Oddaj naročila ({ $count })
mass-progress = ⏳ Oddajam naročila: { $done } od { $count }…
mass-progress-resumed = ⏳ Nadaljujem: že poslane vrstice ne pošljem znova ({ $count } vrstic)…
mass-progress-done = ✅ Končano: oddanih { $placed } od { $count } naročil.
mass-result-title = 📑 <b>Rezultat množičnega naročila</b> · oddanih { $placed } od { $count } vrstic
mass-result-placed = { $n }. ✅ naročilo <code>{ $id }</code>
mass-result-refused = { $n }. ❌ { $reason }
mass-result-failed = { $n }. ❌ ni oddano: { $reason }
mass-result-unknown = { $n }. ❓ panel ni odgovoril — preverite /orders, preden ga naročite znova
mass-result-not-sent = { $n }. ⏸ ni poslano
mass-already-confirmed = Ta naročila se že oddajajo.
mass-already-done = Že oddano; nič ni bilo poslano znova. Tu je rezultat.
mass-cancelled = Množično naročilo je preklicano. Nič ni bilo naročeno.
