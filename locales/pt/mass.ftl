# /mass: many orders at once.
cmd-mass = Vários pedidos de uma vez (serviço | link | quantidade por linha)
mass-usage =
    📑 <b>Pedido em massa</b>: envie até { $max } linhas, um pedido por linha:
    <code>serviço | link | quantidade</code>
    por exemplo <code>1448 | https://instagram.com/p/abc | 1000</code>. Espaços, vírgulas ou ponto e vírgula também servem. Verifico cada linha e mostro o total antes de pedir seja o que for.
mass-reason-format = esperado: serviço | link | quantidade
mass-reason-unknown-service = não há o serviço { $id } neste painel
mass-reason-needs-fields = um serviço { $type } precisa de mais respostas: use /order
mass-reason-bad-link = o link não parece correto
mass-reason-bad-quantity = a quantidade não é um número inteiro
mass-reason-quantity-range = a quantidade deve ser { $min }–{ $max }
mass-reason-invalid = o painel não aceitaria esta linha
mass-preview-title = 📑 <b>Pedido em massa</b> · { $valid } prontas, { $refused } recusadas
mass-line-ok = ✅ { $n }. <code>{ $id }</code> · { $quantity } · { $link } · { $price }
mass-line-refused = ❌ { $n }. { $text } — { $reason }
mass-preview-total = 💵 Valor total: <b>{ $price }</b>
mass-over = ⚠️ Mais { $count } linhas foram ignoradas (no máximo { $max }).
mass-none-valid = Nenhuma linha pode ser pedida. Corrija-as e envie /mass de novo.
mass-button-confirm = ✅ Fazer { $count } pedidos
mass-progress = ⏳ A fazer os pedidos: { $done } de { $count }…
mass-progress-resumed = ⏳ A retomar: as linhas já enviadas não são enviadas de novo ({ $count } linhas)…
mass-progress-done = ✅ Feito: { $placed } de { $count } pedidos feitos.
mass-result-title = 📑 <b>Resultado do pedido em massa</b> · { $placed } feitos de { $count } linhas
mass-result-placed = { $n }. ✅ pedido <code>{ $id }</code>
mass-result-refused = { $n }. ❌ { $reason }
mass-result-failed = { $n }. ❌ não feito: { $reason }
mass-result-unknown = { $n }. ❓ sem resposta do painel — veja /orders antes de pedir de novo
mass-result-not-sent = { $n }. ⏸ não enviado
mass-already-confirmed = Estes pedidos já estão a ser feitos.
mass-already-done = Já feito; nada foi enviado de novo. Aqui está o resultado.
mass-cancelled = Pedido em massa cancelado. Nada foi pedido.
