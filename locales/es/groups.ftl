# Grupos: presentación, acciones solo para administradores, vinculación de la cuenta del panel del grupo, notificaciones.
groups-intro =
    👋 ¡Hola, soy @{ $bot }! Ayudo a este grupo a seguir sus pedidos del panel SMM.
    Administradores: vinculan la cuenta del panel del grupo con /connect (la clave API se envía por chat privado, nunca aquí) y después pueden usar /order, /balance, /track, /refill, /cancel, /notifications on|off y /language.
    Todos: /status ID, /orders, /refills ID y /help.
groups-admins-only = 🔒 Lo siento, aquí solo los administradores del grupo pueden usar { $command }.
groups-button-admins-only = 🔒 Este botón es para los administradores del grupo.
groups-button-not-yours = ✋ Este proceso lo inició otro usuario. Si lo necesitas, empieza el tuyo.
groups-connect-link = 🔐 Por seguridad, nunca pido claves API en grupos. Toca el botón para vincular la cuenta del panel de este grupo en nuestro chat privado. El enlace solo funciona para administradores del grupo y caduca en una hora.
groups-connect-button = 🔐 Vincular en chat privado
groups-link-invalid = Este enlace no es válido. Envía /connect de nuevo en el grupo para obtener uno nuevo.
groups-link-expired = Este enlace ha caducado. Envía /connect de nuevo en el grupo para obtener uno nuevo.
groups-link-not-admin = Solo los administradores de ese grupo pueden vincular su cuenta del panel.
groups-link-no-access = Ya no puedo acceder a ese grupo. Vuelve a añadirme y luego envía /connect allí.
groups-unnamed = tu grupo
groups-linked-notice = 🔗 { $admin } vinculó este grupo a una cuenta del panel { $panel }. La clave API sigue siendo privada.
groups-linked-notice-anonymous = 🔗 Un administrador vinculó este grupo a una cuenta del panel { $panel }. La clave API sigue siendo privada.
groups-notifications-on = 🔔 Las notificaciones sobre los pedidos de este grupo están activadas.
groups-notifications-off = 🔕 Las notificaciones sobre los pedidos de este grupo están desactivadas.
groups-notifications-usage =
    Las notificaciones sobre los pedidos de este grupo están { $state ->
        [on] activadas
       *[off] desactivadas
    }.
    Usa /notifications { $on } o /notifications { $off } para cambiarlo.
# Words /notifications accepts, comma-separated; the first one is shown in /help and the usage.
groups-notifications-words-on = activar, sí
groups-notifications-words-off = desactivar, no
