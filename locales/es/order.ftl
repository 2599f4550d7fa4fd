# /order: el asistente de pedidos.
order-usage = Envía /order para elegir un servicio paso a paso, o /order ID para pedir un servicio por su ID.
order-choose-category = 🛒 <b>Nuevo pedido</b> · elige una categoría ({ $count }) o escribe una palabra para buscar entre los servicios.
order-choose-service = Elige un servicio o escribe una palabra para buscar.
order-button-categories = ⬅️ Categorías
order-no-services = El panel no tiene servicios disponibles ahora mismo, así que no hay nada que pedir.
order-use-buttons = Usa los botones de arriba o /cancel.
order-search-none = Nada coincide con “{ $query }”. Escribe otra palabra o elige una categoría de arriba.
order-old-step = Ese botón es de un paso anterior. Responde a la última pregunta, por favor.
order-service-gone = El panel ya no ofrece este servicio. Elige otro, por favor.
order-service-chosen =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · cantidad { $min }–{ $max }
order-service-chosen-per-post =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · cantidad por publicación { $min }–{ $max }
order-service-refused = El panel no acepta pedidos para este servicio en este momento. Elige otro con /order.

# Preguntas
order-ask-link = 🔗 Envía el enlace (por ejemplo, { $example }).
order-ask-quantity = 🔢 ¿Qué cantidad? Envía un número de { $min } a { $max }.
order-ask-runs = 💧 ¿En cuántas entregas (runs) se debe repartir? (un número entero, p. ej. 5)
order-ask-interval = ⏱ ¿Cuántos minutos entre entregas? (un número entero, p. ej. 30)
order-ask-keywords = 🔑 Envía las palabras clave, una por línea.
order-ask-comments = 💬 Envía los comentarios, uno por línea.
order-ask-comments-count = 💬 Envía los comentarios, uno por línea: entre { $min } y { $max } líneas. La cantidad es el número de líneas.
order-ask-usernames = 👤 Envía los nombres de usuario, uno por línea.
order-ask-usernames-count = 👤 Envía los nombres de usuario, uno por línea: entre { $min } y { $max } líneas. La cantidad es el número de líneas.
order-ask-hashtags = #️⃣ Envía los hashtags, uno por línea.
order-ask-hashtag = #️⃣ Envía el hashtag.
order-ask-username = 👤 Envía el nombre de usuario.
order-ask-media = 🖼 Envía el enlace de la publicación: se mencionará a las cuentas que le dieron «me gusta».
order-ask-answer-number = 🗳 ¿Qué opción debe recibir los votos? Envía su número (1 para la primera opción).
order-ask-groups = 👥 Envía los grupos desde los que invitar, uno por línea.
order-ask-min = ⬇️ ¿Mínimo por publicación? Envía un número de { $min } a { $max }.
order-ask-max = ⬆️ ¿Máximo por publicación? Envía un número de { $min } a { $max }, no menor que el mínimo.
order-ask-posts = 📝 ¿Para cuántas publicaciones nuevas? Envía un número u omite este paso para no poner límite.
order-ask-old-posts = 🗂 ¿Cuántas publicaciones ya existentes deben recibirlo también? Envía un número (0 para ninguna) u omite este paso.
order-ask-delay = ⏳ ¿Cuánto esperar después de que aparezca una publicación nueva?
order-ask-expiry = 📅 ¿Hasta cuándo? Envía una fecha como día/mes/año (p. ej. 31/12/2026) u omite este paso.
order-ask-country = 🌍 ¿De qué país debe venir el tráfico? (p. ej. United States o US)
order-ask-device = 💻 ¿Qué dispositivos?
order-ask-traffic-type = 🚦 ¿Qué tipo de tráfico?
order-ask-google-keyword = 🔎 ¿Qué palabra clave deben buscar los visitantes en Google?
order-ask-referring-url = 🔗 Envía la URL de referencia (la página de la que vienen los visitantes).
order-ask-dripfeed = 💧 ¿Repartir este pedido en el tiempo (drip-feed)?

# Nombres de los campos
order-field-link = Enlace
order-field-quantity = Cantidad
order-field-runs = Entregas
order-field-interval = Intervalo (minutos)
order-field-keywords = Palabras clave
order-field-comments = Comentarios
order-field-usernames = Nombres de usuario
order-field-hashtags = Hashtags
order-field-hashtag = Hashtag
order-field-username = Nombre de usuario
order-field-media = Enlace de la publicación
order-field-answer-number = Número de opción
order-field-groups = Grupos
order-field-min = Mínimo por publicación
order-field-max = Máximo por publicación
order-field-posts = Publicaciones nuevas
order-field-old-posts = Publicaciones anteriores
order-field-delay = Retraso
order-field-expiry = Vencimiento
order-field-country = País
order-field-device = Dispositivo
order-field-traffic-type = Tipo de tráfico
order-field-google-keyword = Palabra clave de Google
order-field-referring-url = URL de referencia
order-field-dripfeed = Drip-feed

# Opciones
order-delay-none = Sin retraso
order-delay-minutes = { $n } min
order-device-desktop = 🖥 Escritorio
order-device-android = 🤖 Android
order-device-ios = 🍏 iOS
order-device-mixed-mobile = 📱 Móviles variados
order-device-mixed = 🔀 Variados
order-traffic-google = 🔎 Palabra clave de Google
order-traffic-referrer = 🔗 Referencia personalizada
order-traffic-blank = ⬜ Sin referencia
order-button-skip = ⏭ Omitir
order-button-drip-yes = 💧 Sí, drip-feed
order-button-drip-no = Todo de una vez
order-skipped = { $field }: omitido
order-chosen = { $field }: { $value }
order-dripfeed-yes = 💧 Drip-feed: sí
order-dripfeed-no = Drip-feed: no, todo de una vez

# Problemas con una respuesta
order-send-again = Envíalo de nuevo o usa /cancel.
order-error-link = ❌ Ese enlace no es válido. Envía un enlace completo, como https://instagram.com/p/abc123.
order-error-number = ❌ Envía un número entero, solo con dígitos (por ejemplo, 1000).
order-error-too-big = ❌ Ese número es demasiado grande.
order-error-quantity-range = ❌ La cantidad debe estar entre { $min } y { $max }.
order-error-lines-range = ❌ Enviaste { $count } { $count ->
        [one] línea
       *[other] líneas
    }; este servicio necesita entre { $min } y { $max } (una por línea).
order-error-lines-empty = ❌ Envía al menos una línea.
order-error-range = ❌ El número debe estar entre { $min } y { $max }.
order-error-max-below-min = ❌ El máximo no puede ser menor que el mínimo ({ $min }).
order-error-too-small = ❌ El número debe ser al menos { $min }.
order-error-one-line = ❌ Envía una sola línea.
order-error-date = ❌ Envía una fecha que no esté en el pasado, como día/mes/año (por ejemplo, 31/12/2026).
order-error-choice = ❌ Elige uno de los botones.
order-error-empty = ❌ Esto no puede quedar vacío.
order-error-invalid = ❌ “{ $field }” no es válido.
order-recheck = Algunas respuestas ya no encajan entre sí, así que volveré a preguntar: { $fields }.

# Resumen
order-summary-title = 🧾 <b>Revisa tu pedido</b>
order-summary-service = Servicio: <b>{ $name }</b> (ID { $id })
order-summary-field = { $label }: { $value }
order-summary-lines = { $count } { $count ->
        [one] línea
       *[other] líneas
    }
order-summary-more = … y { $count } más
order-number = { $n }
order-summary-drip = Drip-feed: { $runs } entregas, cada { $interval } min
order-summary-total = Cantidad total: { $total }
order-summary-price = 💵 Precio: <b>{ $price }</b>
order-summary-price-max = 💵 Precio: hasta <b>{ $price }</b> (se cobra por publicación)
order-summary-price-per-post = 💵 Precio: hasta <b>{ $price }</b> por publicación
order-summary-price-unknown = 💵 Precio: lo fija el panel
order-summary-balance = 💰 Saldo: { $balance }
order-summary-balance-low = ⚠️ Tu saldo es menor que el precio. Recarga saldo en el panel primero o el panel rechazará el pedido.
order-summary-balance-unknown = ⚠️ No pude comprobar tu saldo: { $reason }
order-button-confirm = ✅ Confirmar
order-button-change = ✏️ Cambiar
order-change-which = ¿Qué dato quieres cambiar?
order-confirm-hint = Toca ✅ Confirmar, ✏️ Cambiar o ✖️ Cancelar debajo del resumen.

# Resultado
order-placed = ✅ Pedido { $id } realizado · { $price }
order-placed-no-price = ✅ Pedido { $id } realizado.
order-placed-next = Te avisaré cuando cambie su estado. /orders muestra tus pedidos, /status { $id } consulta este.
order-unknown-outcome = ⚠️ El panel no confirmó el pedido, así que no sé si se realizó. No lo volveré a enviar. Dentro de un minuto, revisa /orders o /status (o la web del panel) antes de volver a pedir.
order-failed-fix = No se realizó ningún pedido. Cambia algún dato y confirma de nuevo, o usa /cancel.
order-already-placed = El pedido { $id } ya se realizó. /orders muestra tus pedidos.
order-already-unknown = Este pedido ya se envió, pero no se sabe el resultado. Revisa /orders o /status antes de volver a pedir.
order-already-failed = Este resumen no se convirtió en pedido. Usa el resumen más reciente o empieza de nuevo con /order.
order-wizard-expired = Este formulario de pedido ya no está activo. Empieza de nuevo con /order.
