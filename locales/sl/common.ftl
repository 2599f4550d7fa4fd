# Skupne besede, gumbi in napake.
button-cancel = ✖️ Prekliči
button-back = ⬅️ Nazaj
button-expired = Ta gumb je potekel. Prosimo, začnite znova.
conversation-cancelled = Preklicano. Nič ni bilo spremenjeno.
conversation-send-text = Pošljite besedilno sporočilo ali /cancel.
unknown-command = Tega ukaza ne poznam. /help našteje, kaj znam.
start-hint = Pošljite /help, da vidite, kaj znam.
error-generic = Pri meni je šlo nekaj narobe. Poskusite znova čez trenutek.

account-missing = Niste še povezali računa na panelu. Pošljite /connect in dodajte svoj API ključ.
account-missing-group = Ta skupina še nima računa na panelu. Skrbnik skupine ga lahko poveže z /connect.

panel-error-invalid-key = Panel je zavrnil API ključ. Povežite veljaven ključ z /connect.
panel-error-funds = Na stanju računa na panelu ni dovolj sredstev.
panel-error-unknown-order = Panel ne pozna te ID številke naročila.
panel-error-unknown-refill = Panel ne pozna te ID številke polnjenja.
panel-error-rate-limited = Panel trenutno omejuje zahteve. Poskusite znova čez minuto.
panel-error-unavailable = Panel trenutno ni dosegljiv. Poskusite znova kasneje.
panel-error-unknown-outcome = Panel ni odgovoril pravočasno, zato izid ni znan. Preden poskusite znova, preverite z /orders ali /status.
panel-error-invalid-input = Panel je zavrnil zahtevo kot neveljavno.
panel-error-invalid-input-detail = Panel je zavrnil zahtevo: { $detail }

# Meni ukazov
cmd-start = Začetek in pregled
cmd-help = Kaj zna ta bot
cmd-connect = Povežite svoj API ključ panela
cmd-disconnect = Odstranite povezani API ključ
cmd-balance = Prikaži stanje na panelu
cmd-services = Brskanje ali iskanje storitev
cmd-order = Oddajte novo naročilo
cmd-orders = Vaša naročila in njihovo stanje
cmd-status = Stanje naročil po ID
cmd-refill = Zahtevajte ponovno polnjenje naročil
cmd-refills = Stanje polnjenj po ID
cmd-cancel = Prekličite naročila
cmd-track = Spremljajte naročila, oddana drugje
cmd-untrack = Prenehajte spremljati naročila
cmd-settings = Nastavitve obvestil
cmd-notifications = Obvestila skupine vklop ali izklop
cmd-language = Spremenite jezik
rate-limited = Malo prehitro gre. Počakajte trenutek pred naslednjo zahtevo.
fallback-key-deleted = To je bilo videti kot API ključ, zato sem vaše sporočilo izbrisal, da ostane varen. Za povezavo ključa najprej pošljite /connect, nato ključ.
