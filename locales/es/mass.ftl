# /mass: many orders at once.
cmd-mass = Muchos pedidos a la vez (servicio | enlace | cantidad por línea)
mass-usage =
    📑 <b>Pedido masivo</b>: envía hasta { $max } líneas, un pedido por línea:
    <code>servicio | enlace | cantidad</code>
    por ejemplo <code>1448 | https://instagram.com/p/abc | 1000</code>. También valen espacios, comas o punto y coma. Reviso cada línea y muestro el total antes de pedir nada.
mass-reason-format = se esperaba: servicio | enlace | cantidad
mass-reason-unknown-service = no hay servicio { $id } en este panel
mass-reason-needs-fields = un servicio { $type } necesita más datos: usa /order
mass-reason-bad-link = el enlace no parece correcto
mass-reason-bad-quantity = la cantidad no es un número entero
mass-reason-quantity-range = la cantidad debe ser { $min }–{ $max }
mass-reason-invalid = el panel no aceptaría esta línea
mass-preview-title = 📑 <b>Pedido masivo</b> · { $valid } listas, { $refused } rechazadas
mass-line-ok = ✅ { $n }. <code>{ $id }</code> · { $quantity } · { $link } · { $price }
mass-line-refused = ❌ { $n }. { $text } — { $reason }
mass-preview-total = 💵 Precio total: <b>{ $price }</b>
mass-over = ⚠️ Se ignoraron { $count } líneas más (como máximo { $max }).
mass-none-valid = No se puede pedir ninguna línea. Corrígelas y envía /mass de nuevo.
mass-button-confirm = ✅ Hacer { $count } pedidos
mass-progress = ⏳ Haciendo los pedidos: { $done } de { $count }…
mass-progress-resumed = ⏳ Reanudando: las líneas ya enviadas no se envían otra vez ({ $count } líneas)…
mass-progress-done = ✅ Listo: { $placed } de { $count } pedidos hechos.
mass-result-title = 📑 <b>Resultado del pedido masivo</b> · { $placed } hechos de { $count } líneas
mass-result-placed = { $n }. ✅ pedido <code>{ $id }</code>
mass-result-refused = { $n }. ❌ { $reason }
mass-result-failed = { $n }. ❌ no hecho: { $reason }
mass-result-unknown = { $n }. ❓ el panel no respondió — revisa /orders antes de pedirlo otra vez
mass-result-not-sent = { $n }. ⏸ no enviado
mass-already-confirmed = Estos pedidos ya se están haciendo.
mass-already-done = Ya hecho; no se envió nada otra vez. Aquí está el resultado.
mass-cancelled = Pedido masivo cancelado. No se pidió nada.
