# Ukazi za naročila: /status, /orders, /refill, /refills, /cancel in gumbi naročil.

## Skupno
orders-invalid-ids = ⚠️ Preskočeno, { $count ->
        [one] ni ID
        [two] nista ID-ja
        [few] niso ID-ji
       *[other] niso ID-ji
    } (ID vsebuje samo števke): { $tokens }
orders-invalid-more = in še { $count }
orders-too-many = Število ID-jev: { $count }. V enem ukazu jih sprejmem največ { $max }: pošljite jih po delih.
orders-refreshed = Posodobljeno.

## Kratek izid za en ID
orders-item-unknown-order = ❓ tega naročila ni na tem računu
orders-item-unknown-refill = ❓ te dopolnitve ni na tem računu
orders-item-unavailable = ⚠️ panel se ni odzval, poskusite znova pozneje
orders-item-rate-limited = ⏳ panel trenutno omejuje zahteve, poskusite znova čez minuto
orders-item-unknown-outcome = ⚠️ panel ni odgovoril: dejanje se je morda izvedlo, preverite, preden poskusite znova
orders-item-invalid-key = 🔑 panel je zavrnil API-ključ
orders-item-refill-disabled = ⛔ dopolnitev za to storitev ni omogočena
orders-item-refill-not-eligible = ⛔ naročilo (zdaj) ni upravičeno do dopolnitve
orders-item-refill-unsupported = ⛔ ta panel ne ponuja dopolnitev
orders-item-cancel-disabled = ⛔ preklic za to storitev ni omogočen
orders-item-cancel-refused = ⛔ tega naročila ni več mogoče preklicati
orders-item-cancel-unsupported = ⛔ ta panel ne omogoča preklica naročil
orders-item-refused = ⛔ panel je zavrnil zahtevo: { $detail }
orders-item-refused-plain = ⛔ panel je zavrnil zahtevo
orders-item-error = ⚠️ prišlo je do napake, poskusite znova

## Gumbi na kartici naročila
orders-button-refresh = 🔄 Osveži
orders-button-refill = 🔁 Dopolnitev
orders-button-cancel = ✖️ Prekliči naročilo
orders-button-cancel-confirm = Da, prekliči naročilo { $id }
orders-button-cancel-keep = Ne, obdrži ga
orders-cancel-ask-one = Želite preklicati naročilo { $id }? Za potrditev pritisnite »Da«.

## /status
orders-status-usage =
    Za ukazom pošljite enega ali več ID-jev naročil, na primer:
    <code>/status 23501</code>
    <code>/status 23501, 23502 23503</code>
    ID-je ločite s presledki, vejicami ali novimi vrsticami (največ { $max }).
orders-status-unknown = ❓ Naročila <code>{ $id }</code> ni na tem računu.
orders-status-header = 📋 Stanje naročil ({ $count }):

## /orders
orders-list-empty =
    V tem klepetu še ne spremljate nobenega naročila.
    Oddajte ga z /order ali pa naročila, oddana na spletni strani panela, spremljajte z <code>/track ID</code>.
orders-list-title = 📋 <b>Naročila</b> { $from }–{ $to } od { $total }
orders-list-not-checked = 🕓 še ni preverjeno
orders-list-fresh = 🔄 Pravkar preverjeno pri panelu.
orders-list-refresh-failed = Preverjanje pri panelu ni uspelo: { $reason }
orders-button-prev = ◀ Novejša
orders-button-next = Starejša ▶
orders-button-refresh-page = 🔄 Osveži
orders-button-details = 📦 { $id }

## /refill in /refills
orders-refill-usage =
    Pošljite ID-je naročil, ki jih želite dopolniti, na primer:
    <code>/refill 23501</code> ali <code>/refill 23501 23502</code>
    Stanje dopolnitve pozneje preverite z <code>/refills ID_DOPOLNITVE</code>.
orders-refill-created = 🔁 zahtevana dopolnitev <code>{ $refill }</code>
orders-refill-done-one = 🔁 Za naročilo { $id } je zahtevana dopolnitev { $refill }. Preverite jo z /refills { $refill }.
orders-refill-failed-one = Naročilo { $id }: { $reason }
orders-refill-header = 🔁 Zahteve za dopolnitev naročil ({ $count }):
orders-refill-summary = Zahtevanih dopolnitev: { $created } od { $count }. Preverite jih z /refills.
orders-refills-usage =
    Za ukazom pošljite ID-je dopolnitev, na primer:
    <code>/refills 7</code> ali <code>/refills 7 8 9</code>
orders-refills-one = 🔁 <b>Dopolnitev { $id }</b>
    { $status }
orders-refills-unknown = ❓ Dopolnitve <code>{ $id }</code> ni na tem računu.
orders-refills-header = 🔁 Stanje dopolnitev ({ $count }):

## /cancel
orders-cancel-usage =
    Pošljite ID-je naročil, ki jih želite preklicati, na primer:
    <code>/cancel 23501</code> ali <code>/cancel 23501 23502</code>
    Pred preklicem vas prosim za potrditev. (Med vodenim pogovorom /cancel ta pogovor zapre.)
orders-cancel-confirm =
    Želite preklicati { $count ->
        [one] to naročilo
        [two] ti dve naročili
        [few] ta { $count } naročila
       *[other] teh { $count } naročil
    }? { $ids }
    Vseh storitev ni mogoče preklicati; panel odloči za vsako naročilo posebej.
orders-cancel-yes = { $count ->
        [one] Da, prekliči { $count } naročilo
        [two] Da, prekliči { $count } naročili
        [few] Da, prekliči { $count } naročila
       *[other] Da, prekliči { $count } naročil
    }
orders-cancel-no = Ne
orders-cancel-kept = Nič ni bilo preklicano.
orders-cancel-ok = ✅ preklic zahtevan
orders-cancel-done-one = ✅ Preklic naročila { $id } je zahtevan.
orders-cancel-failed-one = Naročilo { $id }: { $reason }
orders-cancel-header = ✖️ Zahteve za preklic naročil ({ $count }):
orders-list-account-gone = (njegov račun ni več povezan)
