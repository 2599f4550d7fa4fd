# /export: the chat's orders as CSV.
cmd-export = Descarregar os pedidos deste chat em CSV
history-export-caption = 📄 { $count } pedidos (id, data, conta, serviço, link, quantidade, custo, moeda, estado, contagem inicial, restante).
