# Spremljanje naročil: /track, /untrack, /settings in obvestila o spremembah stanja.

## Obvestila (HTML)
tracking-notify-title = 🔔 <b>{ $count ->
        [one] Spremenilo se je { $count } naročilo
        [two] Spremenili sta se { $count } naročili
        [few] Spremenila so se { $count } naročila
       *[other] Spremenilo se je { $count } naročil
    }</b>
tracking-notify-progress = 📈 Napredek
tracking-notify-part = sporočilo { $part } od { $parts }
tracking-notify-open-orders = Vsa si oglejte in upravljajte z ukazom /orders.
tracking-refill-card = ♻️ <b>Dopolnitev { $id }</b> · naročilo { $order }
tracking-button-refresh = 🔄 { $id }
tracking-button-refill = 🔁 Dopolnitev { $id }
tracking-button-cancel = ✖️ Prekliči { $id }
tracking-button-refill-refresh = 🔄 Dopolnitev { $id }
tracking-reconnect-rejected = ⚠️ Panel { $panel } ne sprejema več povezanega API-ključa (ključ je bil spremenjen ali preklican ali pa je bil račun onemogočen), zato sem ustavil spremljanje naročil, ki jih preverjam z njim. Povežite veljaven ključ z ukazom /connect in spremljanje se bo nadaljevalo.
tracking-reconnect-undecryptable = ⚠️ API-ključa, shranjenega za panel { $panel }, ne morem več prebrati (šifrirni ključ bota je bil zamenjan), zato sem ustavil spremljanje naročil, ki jih preverjam z njim. Ključ znova povežite z ukazom /connect in spremljanje se bo nadaljevalo.

## /track in /untrack
tracking-track-usage =
    Pošljite ID-je naročil, ki ste jih oddali na spletni strani panela, in sporočil vam bom, ko se njihovo stanje spremeni:
    <code>/track 23501</code>
    <code>/track 23501, 23502 23503</code>
    Naenkrat največ { $max } ID-jev. Z ukazom /untrack ID spremljanje ustavite.
tracking-untrack-usage =
    Pošljite ID-je naročil, ki jih ne želite več spremljati, na primer:
    <code>/untrack 23501 23502</code>
tracking-too-many = Število ID-jev: { $count }. V enem ukazu jih sprejmem največ { $max }: pošljite jih po delih.
tracking-not-ids = ⚠️ To ni ID naročila (ID vsebuje samo števke): { $tokens }
tracking-track-title = <b>Spremljanje</b>
tracking-untrack-title = <b>Konec spremljanja</b>
tracking-item-tracked = ✅ <code>{ $id }</code> — { $status }: sporočil vam bom, ko se stanje spremeni.
tracking-item-tracked-final = ☑️ <code>{ $id }</code> — { $status }: že zaključeno, dodano med /orders, vendar ga ne spremljam.
tracking-item-already = ℹ️ <code>{ $id }</code> tukaj že spremljam.
tracking-item-unknown = ❓ <code>{ $id }</code> — na tem računu ne obstaja, zato ga ne spremljam.
tracking-item-unavailable = ⚠️ <code>{ $id }</code> — panel se ni odzval, zato ga ne spremljam. Poskusite znova pozneje.
tracking-item-error = ⚠️ <code>{ $id }</code> — preverjanje ni uspelo ({ $reason }), zato ga ne spremljam.
tracking-item-untracked = ✅ <code>{ $id }</code> — ne spremljam ga več.
tracking-item-not-tracked = ℹ️ <code>{ $id }</code> — tukaj ga nisem spremljal.

## /settings
tracking-settings-title =
    ⚙️ <b>Nastavitve</b>
    Obvestila vam sporočijo, ko se stanje spremljanega naročila spremeni. Obvestila o napredku vam sporočijo tudi, ko se spremeni začetno število ali preostala količina.
tracking-settings-notifications-on = 🔔 Obvestila: vklopljena
tracking-settings-notifications-off = 🔕 Obvestila: izklopljena
tracking-settings-progress-on = 📈 Obvestila o napredku: vklopljena
tracking-settings-progress-off = 📉 Obvestila o napredku: izklopljena
tracking-settings-saved = Shranjeno.
tracking-settings-private-only = V skupinah skrbniki uporabljajo /notifications on ali /notifications off. Za lastne nastavitve (/settings) odprite najin zasebni klepet.
