# Repeat, favourites and recent services.
orders-button-repeat = 🔂 Naroči znova
tracking-button-repeat = 🔂 Znova { $id }
repeat-unknown = Ne vem, katero storitev je uporabilo naročilo { $id } (ni bilo oddano prek mene), zato ga ne morem ponoviti. Uporabite /order.
order-repeat-changed = ⚠️ Od tistega naročila se je storitev spremenila. Znova vas bom vprašal za:
order-repeat-field = • { $field }: { $problem }
order-repeat-ask-again = izberite znova
order-shortlist-title = ⭐ Vaše priljubljene in nedavne storitve so na vrhu.
order-shortlist-favourite = ⭐ { $price } · { $name }
order-shortlist-recent = 🕘 { $price } · { $name }
services-button-favourite = ⭐ Dodaj med priljubljene
services-button-unfavourite = ☆ Odstrani iz priljubljenih
services-favourite-added = ⭐ Dodano med priljubljene: v /order bo prva.
services-favourite-removed = Odstranjeno iz priljubljenih.
