# Comandos de pedidos: /status, /orders, /refill, /refills, /cancel y los botones de los pedidos.

## Común
orders-invalid-ids = ⚠️ { $count ->
        [one] Omitido, no es un ID
       *[other] Omitidos, no son IDs
    } (los ID solo tienen dígitos): { $tokens }
orders-invalid-more = y { $count } más
orders-too-many = Son { $count } IDs. Acepto como máximo { $max } por comando: envíalos en partes, por favor.
orders-refreshed = Actualizado.

## Resultado breve de un ID
orders-item-unknown-order = ❓ no se encontró en esta cuenta
orders-item-unknown-refill = ❓ reposición no encontrada en esta cuenta
orders-item-unavailable = ⚠️ el panel no respondió, inténtalo más tarde
orders-item-rate-limited = ⏳ el panel está limitando las solicitudes, inténtalo en un minuto
orders-item-unknown-outcome = ⚠️ sin respuesta del panel: puede que se haya hecho, compruébalo antes de reintentar
orders-item-invalid-key = 🔑 el panel rechazó la clave API
orders-item-refill-disabled = ⛔ la reposición está desactivada para este servicio
orders-item-refill-not-eligible = ⛔ no apto para reposición (por ahora)
orders-item-refill-unsupported = ⛔ este panel no ofrece reposiciones
orders-item-cancel-disabled = ⛔ la cancelación está desactivada para este servicio
orders-item-cancel-refused = ⛔ este pedido ya no se puede cancelar
orders-item-cancel-unsupported = ⛔ este panel no permite cancelar pedidos
orders-item-refused = ⛔ rechazado por el panel: { $detail }
orders-item-refused-plain = ⛔ rechazado por el panel
orders-item-error = ⚠️ algo salió mal, inténtalo de nuevo

## Botones de la tarjeta del pedido
orders-button-refresh = 🔄 Actualizar
orders-button-refill = 🔁 Reposición
orders-button-cancel = ✖️ Cancelar pedido
orders-button-cancel-confirm = Sí, cancelar el pedido { $id }
orders-button-cancel-keep = No, mantenerlo
orders-cancel-ask-one = ¿Cancelar el pedido { $id }? Toca “Sí” para confirmar.

## /status
orders-status-usage =
    Envía uno o más IDs de pedido después del comando, por ejemplo:
    <code>/status 23501</code>
    <code>/status 23501, 23502 23503</code>
    Separa los ID con espacios, comas o saltos de línea (hasta { $max }).
orders-status-unknown = ❓ El pedido <code>{ $id }</code> no se encontró en esta cuenta.
orders-status-header = 📋 Estado de { $count } pedidos:

## /orders
orders-list-empty =
    Todavía no se sigue ningún pedido en este chat.
    Haz uno con /order, o sigue pedidos hechos en la web del panel con <code>/track ID</code>.
orders-list-title = 📋 <b>Pedidos</b> { $from }–{ $to } de { $total }
orders-list-not-checked = 🕓 aún sin comprobar
orders-list-fresh = 🔄 Comprobado con el panel ahora mismo.
orders-list-refresh-failed = No se pudo comprobar con el panel: { $reason }
orders-button-prev = ◀ Más recientes
orders-button-next = Más antiguos ▶
orders-button-refresh-page = 🔄 Actualizar
orders-button-details = 📦 { $id }

## /refill y /refills
orders-refill-usage =
    Envía los IDs de los pedidos que necesitan reposición, por ejemplo:
    <code>/refill 23501</code> o <code>/refill 23501 23502</code>
    Después consulta la reposición con <code>/refills ID_REPOSICIÓN</code>.
orders-refill-created = 🔁 reposición <code>{ $refill }</code> solicitada
orders-refill-done-one = 🔁 Reposición { $refill } solicitada para el pedido { $id }. Consúltala con /refills { $refill }.
orders-refill-failed-one = Pedido { $id }: { $reason }
orders-refill-header = 🔁 Solicitudes de reposición para { $count } pedidos:
orders-refill-summary = { $created } de { $count } reposiciones solicitadas. Consúltalas con /refills.
orders-refills-usage =
    Envía los IDs de reposición después del comando, por ejemplo:
    <code>/refills 7</code> o <code>/refills 7 8 9</code>
orders-refills-one = 🔁 <b>Reposición { $id }</b>
    { $status }
orders-refills-unknown = ❓ La reposición <code>{ $id }</code> no se encontró en esta cuenta.
orders-refills-header = 🔁 Estado de { $count } reposiciones:

## /cancel
orders-cancel-usage =
    Envía los IDs de los pedidos que quieres cancelar, por ejemplo:
    <code>/cancel 23501</code> o <code>/cancel 23501 23502</code>
    Te pediré que confirmes antes de cancelar nada. (Si hay un proceso paso a paso abierto, /cancel sale de él.)
orders-cancel-confirm =
    ¿Cancelar { $count ->
        [one] este pedido
       *[other] estos { $count } pedidos
    }? { $ids }
    No todos los servicios se pueden cancelar; el panel decide en cada pedido.
orders-cancel-yes = { $count ->
        [one] Sí, cancelar 1 pedido
       *[other] Sí, cancelar { $count } pedidos
    }
orders-cancel-no = No
orders-cancel-kept = No se canceló nada.
orders-cancel-ok = ✅ cancelación solicitada
orders-cancel-done-one = ✅ Cancelación solicitada para el pedido { $id }.
orders-cancel-failed-one = Pedido { $id }: { $reason }
orders-cancel-header = ✖️ Solicitudes de cancelación para { $count } pedidos:
orders-list-account-gone = (su cuenta ya no está conectada)
