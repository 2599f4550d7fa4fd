# Repeat, favourites and recent services.
orders-button-repeat = 🔂 Order again
tracking-button-repeat = 🔂 Again { $id }
repeat-unknown = I don't know which service order { $id } used (it was not placed through me), so I cannot repeat it. Use /order.
order-repeat-changed = ⚠️ Since that order, the service changed. I will ask again for:
order-repeat-field = • { $field }: { $problem }
order-repeat-ask-again = to be chosen again
order-shortlist-title = ⭐ Your favourite and recent services are at the top.
order-shortlist-favourite = ⭐ { $price } · { $name }
order-shortlist-recent = 🕘 { $price } · { $name }
services-button-favourite = ⭐ Add to favourites
services-button-unfavourite = ☆ Remove from favourites
services-favourite-added = ⭐ Added to favourites: it comes first in /order.
services-favourite-removed = Removed from favourites.
