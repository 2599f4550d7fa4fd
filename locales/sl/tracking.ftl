# Sledenje naročilom: /track, /untrack, /settings in obvestila o spremembah stanja.

## Obvestila (HTML)
tracking-notify-title = 🔔 <b>Novosti pri naročilih: { $count }</b>
tracking-notify-progress = 📈 Napredek
tracking-notify-more = …in še { $count }.
tracking-notify-open-orders = Vsa si oglejte in urejajte z ukazom /orders.
tracking-refill-card = ♻️ <b>Dopolnitev { $id }</b> · naročilo { $order }
tracking-button-refresh = 🔄 { $id }
tracking-button-refill = 🔁 Dopolni { $id }
tracking-button-cancel = ✖️ Prekliči { $id }
tracking-button-refill-refresh = 🔄 Dopolnitev { $id }
tracking-reconnect-rejected = ⚠️ Panel { $panel } ne sprejema več povezanega API-ključa (ključ je bil spremenjen ali preklican ali pa je bil račun onemogočen), zato sem ustavil sledenje naročilom, ki jih preverjam z njim. Povežite veljaven ključ z ukazom /connect in sledenje se bo nadaljevalo.
tracking-reconnect-undecryptable = ⚠️ API-ključa, shranjenega za panel { $panel }, ne morem več prebrati (šifrirni ključ bota je bil zamenjan), zato sem ustavil sledenje naročilom, ki jih preverjam z njim. Ključ znova povežite z ukazom /connect in sledenje se bo nadaljevalo.

## /track in /untrack
tracking-track-usage =
    Pošljite ID-je naročil, ki ste jih oddali na spletni strani panela, in sporočil vam bom, ko se premaknejo:
    <code>/track 23501</code>
    <code>/track 23501, 23502 23503</code>
    Naenkrat največ { $max } ID-jev. Z ukazom /untrack ID sledenje ustavite.
tracking-untrack-usage =
    Pošljite ID-je naročil, ki jim ne želite več slediti, na primer:
    <code>/untrack 23501 23502</code>
tracking-too-many = To je { $count } ID-jev. V enem ukazu jih sprejmem največ { $max }: pošljite jih po delih.
tracking-not-ids = ⚠️ To ni ID naročila (ID vsebuje samo števke): { $tokens }
tracking-track-title = <b>Sledenje</b>
tracking-untrack-title = <b>Konec sledenja</b>
tracking-item-tracked = ✅ <code>{ $id }</code> — { $status }: sporočil vam bom, ko se spremeni.
tracking-item-tracked-final = ☑️ <code>{ $id }</code> — { $status }: že zaključeno, dodano med /orders, a mu ne sledim.
tracking-item-already = ℹ️ <code>{ $id }</code> tukaj že spremljam.
tracking-item-unknown = ❓ <code>{ $id }</code> — na tem računu ne obstaja, ne sledim mu.
tracking-item-unavailable = ⚠️ <code>{ $id }</code> — panel se ni odzval, ne sledim mu. Poskusite znova pozneje.
tracking-item-error = ⚠️ <code>{ $id }</code> — preverjanje ni uspelo ({ $reason }), ne sledim mu.
tracking-item-untracked = ✅ <code>{ $id }</code> — ne sledim mu več.
tracking-item-not-tracked = ℹ️ <code>{ $id }</code> — tukaj mu nisem sledil.

## /settings
tracking-settings-title =
    ⚙️ <b>Nastavitve</b>
    Obvestila vam sporočijo, ko se stanje spremljanega naročila spremeni. Obvestila o napredku vas obvestijo tudi, ko se spremeni začetno število ali preostala količina.
tracking-settings-notifications-on = 🔔 Obvestila: vklopljena
tracking-settings-notifications-off = 🔕 Obvestila: izklopljena
tracking-settings-progress-on = 📈 Obvestila o napredku: vklopljena
tracking-settings-progress-off = 📉 Obvestila o napredku: izklopljena
tracking-settings-saved = Shranjeno.
tracking-settings-private-only = V skupinah skrbniki uporabljajo /notifications on ali /notifications off. Za lastne nastavitve (/settings) odprite najin zasebni klepet.
