# Resilience: unreadable secrets, slow panels, unknown placements, catalogue sanity.
account-unreadable = 🔑 Račun na panelu je treba znova povezati: shranjenega API-ključa ne morem več prebrati (šifrirni ključ bota je bil zamenjan). Pošljite /connect in znova dodajte ključ.
account-unreadable-group = 🔑 Račun skupine na panelu je treba znova povezati: shranjenega API-ključa ne morem več prebrati (šifrirni ključ bota je bil zamenjan). Skrbnik skupine ga lahko znova poveže z ukazom /connect.
conversation-state-lost = Vaš nedokončani korak se je po posodobitvi bota izgubil, zato sem ga zaprl. Na panel ni bilo nič poslano; začnite znova.
budget-still-waiting = ⏳ Panel se počasi odziva — še čakam … (/cancel prekine čakanje)
budget-wait-cancelled = Nehal sem čakati na panel. Nič ni bilo spremenjeno.
services-card-unavailable = ⚠️ Ta storitev ni na voljo: panel jo navaja z nemogočimi omejitvami ali ceno, zato je tukaj ni mogoče naročiti.
