# Skupne besede, gumbi in napake.
button-cancel = ✖️ Prekliči
button-back = ⬅️ Nazaj
button-expired = Ta gumb je potekel. Začnite znova.
conversation-cancelled = Preklicano. Nič ni bilo spremenjeno.
conversation-send-text = Pošljite besedilno sporočilo ali /cancel.
unknown-command = Tega ukaza ne poznam. /help našteje, kaj znam.
start-hint = Pošljite /help in videli boste, kaj znam.
error-generic = Na moji strani je prišlo do napake. Poskusite znova čez trenutek.

account-missing = Niste še povezali računa na panelu. Pošljite /connect in dodajte svoj API-ključ.
account-missing-group = Ta skupina še nima računa na panelu. Skrbnik skupine ga lahko poveže z ukazom /connect.

panel-error-invalid-key = Panel je zavrnil API-ključ. Z ukazom /connect povežite veljaven ključ.
panel-error-funds = Dobroimetje na panelu ne zadošča.
panel-error-unknown-order = Panel ne pozna tega ID-ja naročila.
panel-error-unknown-refill = Panel ne pozna tega ID-ja dopolnitve.
panel-error-rate-limited = Panel trenutno omejuje zahteve. Poskusite znova čez minuto.
panel-error-unavailable = Panel trenutno ni dosegljiv. Poskusite znova pozneje.
panel-error-unknown-outcome = Panel ni odgovoril pravočasno, zato izid ni znan. Preden poskusite znova, preverite z /orders ali /status.
panel-error-invalid-input = Panel je zavrnil zahtevo kot neveljavno.
panel-error-invalid-input-detail = Panel je zavrnil zahtevo: { $detail }

# Meni ukazov (vse v obliki samostalniške zveze)
cmd-start = Začetek in pregled
cmd-help = Pomoč in seznam ukazov
cmd-connect = Povezava API-ključa panela
cmd-disconnect = Odstranitev povezanega API-ključa
cmd-balance = Dobroimetje na panelu
cmd-services = Brskanje po storitvah in iskanje
cmd-order = Oddaja novega naročila
cmd-orders = Seznam naročil in njihovo stanje
cmd-status = Stanje naročil po ID-jih
cmd-refill = Zahteva za dopolnitev naročil
cmd-refills = Stanje dopolnitev po ID-jih
cmd-cancel = Preklic naročil
cmd-track = Spremljanje naročil, oddanih na strani panela
cmd-untrack = Konec spremljanja naročil
cmd-settings = Nastavitve obvestil
cmd-notifications = Vklop ali izklop obvestil skupine
cmd-language = Sprememba jezika
rate-limited = Pošiljate prehitro, počakajte trenutek.
fallback-key-deleted = To je bilo videti kot API-ključ, zato sem vaše sporočilo izbrisal, da ostane varen. Če želite povezati ključ, najprej pošljite /connect, nato ključ.
