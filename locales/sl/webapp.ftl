# Mini aplikacija (issue 16): gumb in meni bota ter vsa besedila aplikacije.
app-button-open = 🛍 Katalog
app-menu-button = Katalog
app-open-text = Brskajte po katalogu, naročajte in spremljajte naročila v aplikaciji:
app-off = Aplikacija pri tem botu ni vklopljena.
app-private-only = Aplikacija se odpre v zasebnem klepetu z mano.

app-tab-catalogue = Katalog
app-tab-orders = Naročila
app-tab-account = Račun
app-loading = Nalagam …
app-retry = Poskusi znova
app-back = Nazaj
app-close = Zapri

app-search-placeholder = Iskanje storitev …
app-results = { $count ->
    [one] { $count } storitev
    [two] { $count } storitvi
    [few] { $count } storitve
   *[other] { $count } storitev
}
app-no-results = Nobena storitev ne ustreza.
app-filters = Filtri
app-filters-reset = Ponastavi
app-filter-platform = Platforma
app-filter-type = Vrsta
app-filter-all = Vse
app-filter-refill = Dopolnitev
app-filter-dripfeed = Postopno (drip-feed)
app-filter-price-min = Cena od
app-filter-price-max = Cena do
app-sort = Razvrsti
app-sort-default = Kot na panelu
app-sort-price-asc = Cena: od najnižje
app-sort-price-desc = Cena: od najvišje
app-platform-other = Drugo

app-rate-per-1000 = { $rate } za 1000
app-rate-package = { $rate } za paket
app-rate-subscription = { $rate } za 1000 na objavo
app-limits = { $min }–{ $max }
app-flag-refill = ♻️ Dopolnitev
app-flag-cancel = ✖️ Preklic
app-flag-dripfeed = 💧 Postopno

app-service-id = Storitev { $id }
app-service-category = Kategorija
app-service-type = Vrsta
app-service-rate = Cena
app-service-limits = Najmanj–največ
app-service-time = Povprečni čas
app-service-time-unknown = panel ga ne navaja
app-service-description = Opis
app-service-order = Naroči to storitev

app-form-title = Novo naročilo
app-form-lines-hint = Ena na vrstico
app-form-choose = Izberite …
app-form-optional = neobvezno
app-form-dripfeed = Postopno (razdeli na zagone)
app-form-total = Skupaj: { $total }
app-form-price = Cena
app-form-price-max = Cena (največ)
app-form-price-unknown = Izpolnite polja, da vidite ceno
app-form-balance = Stanje
app-form-balance-unknown = neznano
app-form-balance-low = Vaše stanje je nižje od cene.
app-form-confirm = Potrdi naročilo · { $price }
app-form-confirm-plain = Potrdi naročilo
app-form-fix = Popravite polja, označena z rdečo.
app-form-sending = Oddajam naročilo …

app-error-required = To polje je obvezno.
app-error-link = To ni veljavna povezava.
app-error-number = Vnesite celo število.
app-error-range = Vnesite število od { $min } do { $max }.
app-error-too-small = Vnesite vsaj { $min }.
app-error-lines-range = Vnesite od { $min } do { $max } vrstic (zdaj { $count }).
app-error-one-line = Vnesite eno samo vrstico.
app-error-date = Vnesite datum, ki ni v preteklosti (dan/mesec/leto).
app-error-choice = Izberite eno od možnosti.
app-error-max-below-min = Največ ne more biti manj kot najmanj.
app-error-not-supported = Ta storitev tega ne ponuja.
app-error-invalid = Ta vrednost ni veljavna.

app-result-placed = ✅ Naročilo { $id } oddano
app-result-price = Cena: { $price }
app-result-tracked = Je na vaši tabli naročil, klepet pa vam bo sporočil, ko se premakne.
app-result-unknown = ⚠️ Panel ni odgovoril pravočasno, zato izid ni znan. Preverite naročila, preden poskusite znova.
app-result-failed = ❌ Ni oddano: { $reason }
app-result-view-orders = Moja naročila
app-result-new = Novo naročilo

app-panel-invalid-key = panel je zavrnil ključ API (v klepetu povežite veljavnega z /connect)
app-panel-funds = na stanju panela ni dovolj sredstev
app-panel-invalid-input = panel je naročilo zavrnil kot neveljavno
app-panel-service = panel te storitve ne ponuja več
app-panel-link = panel je zavrnil povezavo
app-panel-quantity = panel je zavrnil količino
app-panel-active-order = za to povezavo že obstaja aktivno naročilo
app-panel-rate-limited = panel trenutno omejuje zahteve; poskusite čez minuto
app-panel-unavailable = panel trenutno ni dosegljiv
app-panel-no-account = noben račun panela ni povezan (v klepetu pošljite /connect)
app-panel-error = nekaj je šlo narobe; poskusite znova

app-error-auth = Seja je potekla. Zaprite aplikacijo in jo znova odprite iz klepeta.
app-error-rate = Preveč zahtev. Počakajte trenutek in poskusite znova.
app-error-price-changed = Cena se je spremenila na { $price }. Preverite jo in znova potrdite.
app-error-network = Povezava ni uspela. Obrazec je shranjen: poskusite znova.
app-error-no-account = Računa panela še niste povezali. V klepetu botu pošljite /connect.
app-error-generic = Nekaj je šlo narobe. Poskusite znova.

app-orders-empty = Naročil še ni. Naročila, oddana tukaj ali v klepetu, se pokažejo na tej tabli.
app-orders-refresh = Osveži
app-orders-filter-all = Vsa
app-orders-filter-active = V teku
app-orders-filter-done = Končana
app-orders-order = Naročilo { $id }
app-orders-charge = Strošek { $charge }
app-orders-remains = še { $remains }
app-orders-progress = { $done } od { $quantity }
app-orders-status-unknown = Še ni preverjeno
app-orders-repeat = Ponovi
app-orders-refill = Dopolni
app-orders-cancel = Prekliči
app-orders-cancel-confirm = Preklic naročila { $id }?
app-orders-refill-done = Dopolnitev { $id } zahtevana.
app-orders-cancel-done = Preklic zahtevan za naročilo { $id }.
app-orders-action-failed = Ni uspelo: { $reason }
app-orders-updated = Posodobljeno

app-account-title = Vaš račun panela
app-account-panel = Ime panela
app-account-currency = Valuta
app-account-balance = Stanje
app-account-active = Aktiven
app-account-none = Noben račun panela ni povezan. V klepetu botu pošljite /connect.
cmd-app = Odpri aplikacijo s katalogom
