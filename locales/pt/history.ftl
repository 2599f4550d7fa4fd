# /export and the /orders filters.
cmd-export = Descarregar os pedidos deste chat em CSV
history-export-caption = 📄 { $count } pedidos (id, data, conta, serviço, link, quantidade, custo, moeda, estado, contagem inicial, restante).
history-filter-all = Todos
history-filter-all-on = • Todos
history-filter-active = ⏳ Ativos
history-filter-active-on = • ⏳ Ativos
history-filter-finished = ✅ Concluídos
history-filter-finished-on = • ✅ Concluídos
history-filter-empty = Nenhum pedido corresponde a este filtro.
