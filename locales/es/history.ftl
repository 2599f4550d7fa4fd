# /export and the /orders filters.
cmd-export = Descargar los pedidos de este chat en CSV
history-export-caption = 📄 { $count } pedidos (id, fecha, cuenta, servicio, enlace, cantidad, cargo, moneda, estado, recuento inicial, restante).
history-filter-all = Todos
history-filter-all-on = • Todos
history-filter-active = ⏳ Activos
history-filter-active-on = • ⏳ Activos
history-filter-finished = ✅ Terminados
history-filter-finished-on = • ✅ Terminados
history-filter-empty = Ningún pedido coincide con este filtro.
