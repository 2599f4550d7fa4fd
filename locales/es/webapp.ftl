# La Mini App (issue 16): el botón y el menú del bot, y todos los textos de la propia app.
app-button-open = 🛍 Catálogo
app-menu-button = Catálogo
app-open-text = Explora el catálogo, haz pedidos y síguelos en la app:
app-off = La app no está activada en este bot.
app-private-only = La app se abre en un chat privado conmigo.

app-tab-catalogue = Catálogo
app-tab-orders = Pedidos
app-tab-account = Cuenta
app-loading = Cargando…
app-retry = Reintentar
app-back = Atrás
app-close = Cerrar

app-search-placeholder = Buscar servicios…
app-results = { $count ->
    [one] { $count } servicio
   *[other] { $count } servicios
}
app-no-results = Ningún servicio coincide.
app-filters = Filtros
app-filters-reset = Restablecer
app-filter-platform = Plataforma
app-filter-type = Tipo
app-filter-all = Todos
app-filter-refill = Reposición
app-filter-dripfeed = Entrega gradual
app-filter-price-min = Precio desde
app-filter-price-max = Precio hasta
app-sort = Ordenar
app-sort-default = Orden del panel
app-sort-price-asc = Precio: de menor a mayor
app-sort-price-desc = Precio: de mayor a menor
app-platform-other = Otras

app-rate-per-1000 = { $rate } por 1000
app-rate-package = { $rate } por paquete
app-rate-subscription = { $rate } por 1000 por publicación
app-limits = de { $min } a { $max }
app-flag-refill = ♻️ Reposición
app-flag-cancel = ✖️ Cancelación
app-flag-dripfeed = 💧 Entrega gradual

app-service-id = Servicio { $id }
app-service-category = Categoría
app-service-type = Tipo
app-service-rate = Precio
app-service-limits = Mín.–máx.
app-service-time = Tiempo medio
app-service-time-unknown = el panel no lo indica
app-service-description = Descripción
app-service-order = Pedir este servicio

app-form-title = Nuevo pedido
app-form-lines-hint = Uno por línea
app-form-choose = Elige…
app-form-optional = opcional
app-form-dripfeed = Entrega gradual (drip-feed, repartida en entregas)
app-form-total = Cantidad total: { $total }
app-form-price = Precio
app-form-price-max = Precio (como máximo)
app-form-price-unknown = Rellena los campos para ver el precio
app-form-balance = Saldo
app-form-balance-unknown = desconocido
app-form-balance-low = Tu saldo es inferior al precio.
app-form-confirm = Confirmar pedido · { $price }
app-form-confirm-plain = Confirmar pedido
app-form-fix = Corrige los campos marcados en rojo.
app-form-sending = Haciendo el pedido…

app-error-required = Este campo es obligatorio.
app-error-link = Este enlace no es válido.
app-error-number = Introduce un número entero.
app-error-range = Introduce un número de { $min } a { $max }.
app-error-too-small = Introduce al menos { $min }.
app-error-lines-range = Introduce de { $min } a { $max } líneas (ahora: { $count }).
app-error-one-line = Introduce una sola línea.
app-error-date = Introduce una fecha que no sea pasada (día/mes/año).
app-error-choice = Elige una de las opciones.
app-error-max-below-min = El máximo no puede ser menor que el mínimo.
app-error-not-supported = Este servicio no lo ofrece.
app-error-invalid = Este valor no es válido.

app-result-placed = ✅ Pedido { $id } realizado
app-result-price = Precio: { $price }
app-result-tracked = Ya está en tu panel de pedidos, y el chat te avisará cuando avance.
app-result-unknown = ⚠️ El panel no respondió a tiempo, así que no se sabe el resultado. Revisa tus pedidos antes de volver a intentarlo.
app-result-failed = ❌ No se realizó: { $reason }
app-result-view-orders = Ver mis pedidos
app-result-new = Hacer otro pedido

app-panel-invalid-key = el panel rechazó la clave API (conecta una válida con /connect en el chat)
app-panel-funds = no tienes saldo suficiente en el panel
app-panel-invalid-input = el panel rechazó el pedido por no ser válido
app-panel-service = el panel ya no ofrece este servicio
app-panel-link = el panel rechazó el enlace
app-panel-quantity = el panel rechazó la cantidad
app-panel-active-order = ya hay un pedido activo para este enlace
app-panel-rate-limited = el panel está limitando las solicitudes; inténtalo en un minuto
app-panel-unavailable = no se puede acceder al panel ahora mismo
app-panel-no-account = no hay ninguna cuenta del panel conectada (envía /connect en el chat)
app-panel-error = algo ha fallado; inténtalo de nuevo

app-error-auth = Tu sesión ha caducado. Cierra la app y vuelve a abrirla desde el chat.
app-error-rate = Demasiadas solicitudes. Espera un momento y vuelve a intentarlo.
app-error-price-changed = El precio ha cambiado a { $price }. Revísalo y vuelve a confirmar.
app-error-network = La conexión ha fallado. Tu formulario de pedido se ha conservado: vuelve a intentarlo.
app-error-no-account = Todavía no has conectado una cuenta del panel. Envía /connect al bot en el chat.
app-error-generic = Algo ha fallado. Inténtalo de nuevo.

app-orders-empty = Todavía no hay pedidos. Los pedidos que hagas aquí o en el chat aparecen en este panel.
app-orders-refresh = Actualizar
app-orders-filter-all = Todos
app-orders-filter-active = Activos
app-orders-filter-done = Terminados
app-orders-order = Pedido { $id }
app-orders-charge = Cobrado { $charge }
app-orders-remains = Faltan { $remains }
app-orders-progress = { $done } de { $quantity }
app-orders-status-unknown = Aún sin consultar
app-orders-repeat = Repetir
app-orders-refill = Reposición
app-orders-cancel = Cancelar
app-orders-cancel-confirm = ¿Cancelar el pedido { $id }?
app-orders-refill-done = Reposición { $id } solicitada.
app-orders-cancel-done = Cancelación solicitada para el pedido { $id }.
app-orders-action-failed = No se hizo: { $reason }
app-orders-updated = Actualizado

app-account-title = Tu cuenta del panel
app-account-panel = Nombre del panel
app-account-currency = Moneda
app-account-balance = Saldo
app-account-active = Activa
app-account-none = No hay ninguna cuenta del panel conectada. Envía /connect al bot en el chat.
cmd-app = Abrir la app del catálogo
