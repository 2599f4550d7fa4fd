# Seguimiento de pedidos: /track, /untrack, /settings y notificaciones de cambios de estado.

## Notificaciones (HTML)
tracking-notify-title = 🔔 <b>Novedades de pedidos: { $count }</b>
tracking-notify-progress = 📈 Actualización de progreso
tracking-notify-part = mensaje { $part } de { $parts }
tracking-notify-open-orders = Abre /orders para verlos y gestionarlos todos.
tracking-refill-card = ♻️ <b>Reposición { $id }</b> · pedido { $order }
tracking-button-refresh = 🔄 { $id }
tracking-button-refill = 🔁 Reposición { $id }
tracking-button-cancel = ✖️ Cancelar { $id }
tracking-button-refill-refresh = 🔄 Reposición { $id }
tracking-reconnect-rejected = ⚠️ El panel { $panel } ya no acepta la clave API conectada (se cambió o revocó, o la cuenta fue suspendida), así que pausé el seguimiento de los pedidos que reviso con ella. Conecta una clave válida con /connect y el seguimiento continuará.
tracking-reconnect-undecryptable = ⚠️ Ya no puedo leer la clave API guardada para el panel { $panel } (la clave de cifrado del bot cambió), así que pausé el seguimiento de los pedidos que reviso con ella. Vuelve a conectar la clave con /connect y el seguimiento continuará.

## /track y /untrack
tracking-track-usage =
    Envía los IDs de los pedidos que hiciste en la web del panel y te avisaré cuando cambie su estado:
    <code>/track 23501</code>
    <code>/track 23501, 23502 23503</code>
    Hasta { $max } IDs a la vez. /untrack ID deja de seguirlos.
tracking-untrack-usage =
    Envía los IDs de los pedidos que quieres dejar de seguir, por ejemplo:
    <code>/untrack 23501 23502</code>
tracking-too-many = Son { $count } IDs. Acepto como máximo { $max } por comando: envíalos en partes, por favor.
tracking-not-ids = ⚠️ No es un ID de pedido (los ID solo tienen dígitos): { $tokens }
tracking-track-title = <b>Seguimiento</b>
tracking-untrack-title = <b>Dejar de seguir</b>
tracking-item-tracked = ✅ <code>{ $id }</code> — { $status }: te avisaré cuando cambie.
tracking-item-tracked-final = ☑️ <code>{ $id }</code> — { $status }: ya terminó; añadido a /orders, pero sin seguimiento.
tracking-item-already = ℹ️ <code>{ $id }</code> ya tiene seguimiento aquí.
tracking-item-unknown = ❓ <code>{ $id }</code> — no se encontró en esta cuenta, sin seguimiento.
tracking-item-unavailable = ⚠️ <code>{ $id }</code> — el panel no respondió, sin seguimiento. Inténtalo de nuevo más tarde.
tracking-item-error = ⚠️ <code>{ $id }</code> — no se pudo comprobar ({ $reason }), sin seguimiento.
tracking-item-untracked = ✅ <code>{ $id }</code> — ya no tiene seguimiento.
tracking-item-not-tracked = ℹ️ <code>{ $id }</code> — no tenía seguimiento aquí.

## /settings
tracking-settings-title =
    ⚙️ <b>Ajustes</b>
    Las notificaciones te avisan cuando un pedido que sigues cambia de estado. Las actualizaciones de progreso también te avisan cuando cambian su conteo inicial o la cantidad restante.
tracking-settings-notifications-on = 🔔 Notificaciones: activadas
tracking-settings-notifications-off = 🔕 Notificaciones: desactivadas
tracking-settings-progress-on = 📈 Actualizaciones de progreso: activadas
tracking-settings-progress-off = 📉 Actualizaciones de progreso: desactivadas
tracking-settings-saved = Guardado.
tracking-settings-private-only = En los grupos, los administradores usan /notifications on o /notifications off. Abre nuestro chat privado para tus propios ajustes (/settings).
