# /services: el catálogo.
services-categories = 📚 <b>Servicios</b> · { $count } { $count ->
        [one] categoría
       *[other] categorías
    }. Elige una o busca con /services TEXTO.
services-page = { $page }/{ $pages }
services-category-title = 📂 <b>{ $category }</b> · { $count } { $count ->
        [one] servicio
       *[other] servicios
    }
services-search-title = 🔎 Resultados para “{ $query }”: { $count }
services-line = <b>{ $id }</b> · { $name }
    { $rate } · { $min }–{ $max }
services-rate = { $rate } por 1000
services-rate-package = { $rate } por paquete
services-card-title = 🛍 <b>{ $name }</b>
services-card-id = ID { $id } · { $category }
services-card-type = Tipo: { $type }
services-card-rate = Precio: { $rate }
services-card-limits = Cantidad: { $min } – { $max }
services-card-limits-per-post = Cantidad por publicación: { $min } – { $max }
services-card-flags = Reposición: { $refill } · Cancelación: { $cancel } · Drip-feed: { $dripfeed }
services-card-average-time = ⏱ Tiempo medio: { $time }
services-yes = ✅
services-no = ❌
services-button-order = 🛒 Pedir
services-button-categories = 📚 Todas las categorías
services-search-none = Nada coincide con “{ $query }”. Prueba una palabra más corta o distinta, o envía /services para ver las categorías.
services-stale = ♻️ La lista de servicios cambió desde ese mensaje. Aquí tienes la lista actual.
services-stale-alert = La lista de servicios cambió. Se muestra la lista actual.
services-not-found = Este servicio ya no está en la lista del panel.
services-empty = El panel no tiene servicios disponibles ahora mismo.
services-query-expired = Esta búsqueda caducó. Envía /services TEXTO de nuevo.
