# /export: the chat's orders as CSV.
cmd-export = Descargar los pedidos de este chat en CSV
history-export-caption = 📄 { $count } pedidos (id, fecha, cuenta, servicio, enlace, cantidad, cargo, moneda, estado, recuento inicial, restante).
