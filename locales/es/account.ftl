start-welcome = 👋 ¡Hola, { $name }! Gestiono tu cuenta del panel SMM desde Telegram: saldo, servicios, pedidos, reposiciones y cancelaciones, y te aviso cuando cambia el estado de un pedido.
start-next-connect = Primero, conecta la clave API de tu panel con /connect (la encuentras en la página de API del panel). Después prueba /balance, /services u /order. /help muestra todo lo que puedo hacer.
start-connected = Tu cuenta en el panel { $panel } está conectada. Prueba /balance, /services, /order u /orders. /help muestra todo lo que puedo hacer.
start-group = 👋 ¡Hola! Ayudo a este grupo a seguir sus pedidos del panel SMM. Un administrador puede vincular una cuenta del panel con /connect; /help muestra los comandos.

connect-choose-panel = ¿En qué panel está tu cuenta?
connect-panel-chosen = Panel elegido: { $panel }
connect-ask-key = 🔑 Envíame tu clave API del panel { $panel }. La encuentras en la página de API del panel. Borraré tu mensaje en cuanto lo lea y guardaré la clave cifrada.
connect-ask-key-group = 🔑 Envíame la clave API del panel { $panel } que debe usar el grupo “{ $group }”. Borraré tu mensaje en cuanto lo lea y guardaré la clave cifrada. Los miembros del grupo nunca la verán.
connect-key-malformed = Eso no parece una clave API (una sola palabra, sin espacios). Envía la clave de nuevo o usa /cancel.
connect-key-rejected = ❌ El panel no aceptó esta clave. Revísala en la página de API del panel y envíala de nuevo, o usa /cancel. No se ha guardado.
connect-try-again = Envía la clave de nuevo para reintentar, o usa /cancel. No se ha guardado.
connect-done = ✅ Conectado al panel { $panel }. Saldo: { $balance }.
connect-done-group = ✅ El grupo “{ $group }” ahora está vinculado al panel { $panel }. Saldo: { $balance }.
disconnect-done = Tu clave API se ha eliminado. Puedes volver a conectarte cuando quieras con /connect.
disconnect-done-group = La clave API del grupo se ha eliminado.
disconnect-none = No hay ninguna clave API conectada.

balance = 💰 Saldo en el panel { $panel }: { $balance }

language-choose = Elige un idioma:
language-set = ✅ Idioma cambiado a español.
