# Palabras comunes, botones y errores.
button-cancel = ✖️ Cancelar
button-back = ⬅️ Atrás
button-expired = Este botón ha caducado. Vuelve a empezar, por favor.
conversation-cancelled = Cancelado. No se ha cambiado nada.
conversation-send-text = Envía un mensaje de texto o usa /cancel.
unknown-command = No conozco ese comando. /help muestra lo que puedo hacer.
start-hint = Envía /help para ver lo que puedo hacer.
error-generic = Algo ha fallado por mi parte. Inténtalo de nuevo en un momento.

account-missing = Todavía no has conectado una cuenta del panel. Envía /connect para añadir tu clave API.
account-missing-group = Este grupo todavía no tiene una cuenta del panel. Un administrador del grupo puede vincular una con /connect.

panel-error-invalid-key = El panel rechazó la clave API. Conecta una clave válida con /connect.
panel-error-funds = No tienes saldo suficiente en el panel.
panel-error-unknown-order = El panel no reconoce este ID de pedido.
panel-error-unknown-refill = El panel no reconoce este ID de reposición.
panel-error-rate-limited = El panel está limitando las solicitudes ahora mismo. Inténtalo de nuevo en un minuto.
panel-error-unavailable = No se puede acceder al panel ahora mismo. Inténtalo de nuevo más tarde.
panel-error-unknown-outcome = El panel no respondió a tiempo, así que no se sabe el resultado. Compruébalo con /orders o /status antes de volver a intentarlo.
panel-error-invalid-input = El panel rechazó la solicitud por no ser válida.
panel-error-invalid-input-detail = El panel rechazó la solicitud: { $detail }

# Menú de comandos
cmd-start = Empezar y ver un resumen
cmd-help = Ver lo que puede hacer este bot
cmd-connect = Conectar la clave API del panel
cmd-disconnect = Eliminar la clave API conectada
cmd-balance = Ver el saldo del panel
cmd-services = Ver o buscar servicios
cmd-order = Hacer un pedido nuevo
cmd-orders = Ver tus pedidos y su estado
cmd-status = Consultar el estado de pedidos por ID
cmd-refill = Solicitar la reposición de pedidos
cmd-refills = Consultar el estado de reposiciones por ID
cmd-cancel = Cancelar pedidos
cmd-track = Seguir pedidos hechos en otro sitio
cmd-untrack = Dejar de seguir pedidos
cmd-settings = Ajustar las notificaciones
cmd-notifications = Activar o desactivar las notificaciones del grupo
cmd-language = Cambiar el idioma
rate-limited = Vas un poco rápido. Espera un momento antes de la siguiente solicitud.
fallback-key-deleted = Eso parecía una clave API, así que borré tu mensaje para mantenerla a salvo. Para conectar una clave, envía primero /connect y luego la clave.
