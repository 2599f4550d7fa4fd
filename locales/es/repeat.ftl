# Repeat, favourites and recent services.
orders-button-repeat = 🔂 Pedir otra vez
tracking-button-repeat = 🔂 Otra vez { $id }
repeat-unknown = No sé qué servicio usó el pedido { $id } (no se hizo a través de mí), así que no puedo repetirlo. Usa /order.
order-repeat-changed = ⚠️ Desde ese pedido, el servicio ha cambiado. Volveré a preguntar:
order-repeat-field = • { $field }: { $problem }
order-repeat-ask-again = hay que elegirlo de nuevo
order-shortlist-title = ⭐ Tus servicios favoritos y recientes están arriba.
order-shortlist-favourite = ⭐ { $price } · { $name }
order-shortlist-recent = 🕘 { $price } · { $name }
services-button-favourite = ⭐ Añadir a favoritos
services-button-unfavourite = ☆ Quitar de favoritos
services-favourite-added = ⭐ Añadido a favoritos: aparece primero en /order.
services-favourite-removed = Quitado de favoritos.
