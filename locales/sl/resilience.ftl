# Resilience: unreadable secrets, slow panels, unknown placements, catalogue sanity.
account-unreadable = 🔑 Račun na panelu je treba znova povezati: shranjenega API-ključa ne morem več prebrati (šifrirni ključ bota je bil zamenjan). Pošljite /connect in znova dodajte ključ.
account-unreadable-group = 🔑 Račun skupine na panelu je treba znova povezati: shranjenega API-ključa ne morem več prebrati (šifrirni ključ bota je bil zamenjan). Skrbnik skupine ga lahko znova poveže z ukazom /connect.
conversation-state-lost = Vaš nedokončani korak se je po posodobitvi bota izgubil, zato sem ga zaprl. Na panel ni bilo nič poslano; začnite znova.
budget-still-waiting = ⏳ Panel se počasi odziva — še čakam … (/cancel prekine čakanje)
budget-wait-cancelled = Nehal sem čakati na panel. Nič ni bilo spremenjeno.
services-card-unavailable = ⚠️ Ta storitev ni na voljo: panel jo navaja z nemogočimi omejitvami ali ceno, zato je tukaj ni mogoče naročiti.
placement-unknown-notice =
    ⚠️ <b>Naročilo je morda oddano</b>
    Med pošiljanjem tega naročila na { $panel } sem se ponovno zagnal, zato ne vem, ali ga je panel sprejel. API panela ne more izpisati naročil: poglejte stran z naročili na spletnem mestu { $panel }. Če je naročilo tam, tapnite »Spremljaj po ID« in pošljite njegov ID; če ga ni, tapnite »Opusti«.
placement-details =
    ❓ <b>{ $service }</b> (#{ $id })
    Povezava: { $link }
    Količina: { $quantity }
placement-unknown-title = ❓ <b>Izid ni znan</b> — ta naročila so morda oddana (preverite na spletnem mestu panela):
placement-button-track = 🔎 Spremljaj po ID
placement-button-dismiss = ✖️ Opusti
placement-dismissed = Opuščeno: ni več na seznamu.
placement-track-ask = Na to sporočilo odgovorite z ID-jem naročila s strani z naročili na spletnem mestu { $panel }.
placement-track-bad-id = Odgovorite z enim ID-jem naročila (samo števke).
placement-track-unknown-id = Panel naročila { $id } ne pozna. Preverite ID na spletnem mestu panela in odgovorite znova.
placement-tracked = ✅ Naročilo { $id } zdaj spremljam ({ $status }): /orders ga izpiše, o spremembah stanja pa vas bom obvestil.
