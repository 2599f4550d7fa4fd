# /services: katalog storitev.
services-categories = 📚 <b>Storitve</b> · { $count } { $count ->
        [one] kategorija
        [two] kategoriji
        [few] kategorije
       *[other] kategorij
    }. Izberite eno ali iščite z ukazom /services BESEDILO.
services-page = { $page }/{ $pages }
services-category-title = 📂 <b>{ $category }</b> · { $count } { $count ->
        [one] storitev
        [two] storitvi
        [few] storitve
       *[other] storitev
    }
services-search-title = 🔎 Zadetki za »{ $query }«: { $count }
services-line = <b>{ $id }</b> · { $name }
    { $rate } · { $min }–{ $max }
services-rate = { $rate } za 1000
services-rate-package = { $rate } za paket
services-card-title = 🛍 <b>{ $name }</b>
services-card-id = ID { $id } · { $category }
services-card-type = Vrsta: { $type }
services-card-rate = Cena: { $rate }
services-card-limits = Količina: { $min } – { $max }
services-card-limits-per-post = Količina na objavo: { $min } – { $max }
services-card-flags = Dopolnitev: { $refill } · Preklic: { $cancel } · Postopna dostava: { $dripfeed }
services-card-average-time = ⏱ Povprečni čas: { $time }
services-yes = ✅
services-no = ❌
services-button-order = 🛒 Naroči
services-button-categories = 📚 Vse kategorije
services-search-none = Nič ne ustreza iskanju »{ $query }«. Poskusite s krajšo ali drugo besedo ali pošljite /services za pregled kategorij.
services-stale = ♻️ Seznam storitev se je od tistega sporočila spremenil. Tu je trenutni seznam.
services-stale-alert = Seznam storitev se je spremenil. Prikazujem trenutni seznam.
services-not-found = Te storitve ni več na seznamu panela.
services-empty = Panel trenutno nima nobene storitve.
services-query-expired = To iskanje je poteklo. Ponovno pošljite /services BESEDILO.
