# Resilience: unreadable secrets, slow panels, unknown placements, catalogue sanity.
account-unreadable = 🔑 Tu cuenta del panel necesita reconectarse: ya no puedo leer la clave API guardada (se cambió la clave de cifrado del bot). Envía /connect y añade la clave de nuevo.
account-unreadable-group = 🔑 La cuenta del panel de este grupo necesita reconectarse: ya no puedo leer la clave API guardada (se cambió la clave de cifrado del bot). Un administrador del grupo puede vincularla de nuevo con /connect.
conversation-state-lost = Tu paso sin terminar se perdió tras una actualización del bot, así que lo he cerrado. No se envió nada al panel; empieza de nuevo.
budget-still-waiting = ⏳ El panel tarda en responder; sigo esperando… (/cancel deja de esperar)
budget-wait-cancelled = He dejado de esperar al panel. No se ha cambiado nada.
services-card-unavailable = ⚠️ Este servicio no está disponible: el panel lo muestra con límites o precio imposibles, así que no se puede pedir aquí.
placement-unknown-notice =
    ⚠️ <b>Puede que se haya hecho un pedido</b>
    Me reinicié mientras enviaba este pedido a { $panel }, así que no sé si el panel lo aceptó. La API del panel no puede listar pedidos: revisa la página de pedidos en el sitio de { $panel }. Si el pedido está ahí, pulsa «Seguir por ID» y envía su ID; si no, pulsa «Descartar».
placement-details =
    ❓ <b>{ $service }</b> (#{ $id })
    Enlace: { $link }
    Cantidad: { $quantity }
placement-unknown-title = ❓ <b>Resultado desconocido</b>: puede que estos pedidos se hayan hecho (compruébalo en el sitio del panel):
placement-button-track = 🔎 Seguir por ID
placement-button-dismiss = ✖️ Descartar
placement-dismissed = Descartado: ya no aparece en la lista.
placement-track-ask = Responde a este mensaje con el ID del pedido que aparece en la página de pedidos del sitio de { $panel }.
placement-track-bad-id = Responde con un solo ID de pedido (solo dígitos).
placement-track-unknown-id = El panel no conoce el pedido { $id }. Comprueba el ID en el sitio del panel y responde de nuevo.
placement-tracked = ✅ Ahora sigo el pedido { $id } ({ $status }): aparece en /orders y te avisaré cuando cambie su estado.
