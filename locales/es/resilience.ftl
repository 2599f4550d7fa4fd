# Resilience: unreadable secrets, slow panels, unknown placements, catalogue sanity.
account-unreadable = 🔑 Tu cuenta del panel necesita reconectarse: ya no puedo leer la clave API guardada (se cambió la clave de cifrado del bot). Envía /connect y añade la clave de nuevo.
account-unreadable-group = 🔑 La cuenta del panel de este grupo necesita reconectarse: ya no puedo leer la clave API guardada (se cambió la clave de cifrado del bot). Un administrador del grupo puede vincularla de nuevo con /connect.
conversation-state-lost = Tu paso sin terminar se perdió tras una actualización del bot, así que lo he cerrado. No se envió nada al panel; empieza de nuevo.
budget-still-waiting = ⏳ El panel tarda en responder; sigo esperando… (/cancel deja de esperar)
budget-wait-cancelled = He dejado de esperar al panel. No se ha cambiado nada.
services-card-unavailable = ⚠️ Este servicio no está disponible: el panel lo muestra con límites o precio imposibles, así que no se puede pedir aquí.
