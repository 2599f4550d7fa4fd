# O Mini App (issue 16): o botão e o menu do bot, e todos os textos do próprio app.
app-button-open = 🛍 Catálogo
app-menu-button = Catálogo
app-open-text = Veja o catálogo, faça pedidos e acompanhe-os no app:
app-off = O app não está ativado neste bot.
app-private-only = O app abre em um chat privado comigo.

app-tab-catalogue = Catálogo
app-tab-orders = Pedidos
app-tab-account = Conta
app-loading = Carregando…
app-retry = Tentar de novo
app-back = Voltar
app-close = Fechar

app-search-placeholder = Pesquisar serviços…
app-results = { $count ->
    [one] { $count } serviço
   *[other] { $count } serviços
}
app-no-results = Nenhum serviço corresponde.
app-filters = Filtros
app-filters-reset = Limpar
app-filter-platform = Plataforma
app-filter-type = Tipo
app-filter-all = Todos
app-filter-refill = Reposição
app-filter-dripfeed = Entrega gradual
app-filter-price-min = Preço a partir de
app-filter-price-max = Preço até
app-sort = Ordenar
app-sort-default = Ordem do painel
app-sort-price-asc = Preço: do menor para o maior
app-sort-price-desc = Preço: do maior para o menor
app-platform-other = Outros

app-rate-per-1000 = { $rate } por 1000
app-rate-package = { $rate } por pacote
app-rate-subscription = { $rate } por 1000 por publicação
app-limits = de { $min } a { $max }
app-flag-refill = ♻️ Reposição
app-flag-cancel = ✖️ Cancelamento
app-flag-dripfeed = 💧 Entrega gradual

app-service-id = Serviço { $id }
app-service-category = Categoria
app-service-type = Tipo
app-service-rate = Preço
app-service-limits = Mín.–máx.
app-service-time = Tempo médio
app-service-time-unknown = não informado pelo painel
app-service-description = Descrição
app-service-order = Pedir este serviço

app-form-title = Novo pedido
app-form-lines-hint = Um por linha
app-form-choose = Escolha…
app-form-optional = opcional
app-form-dripfeed = Entrega gradual (drip-feed, dividida em execuções)
app-form-total = Quantidade total: { $total }
app-form-price = Valor
app-form-price-max = Valor (no máximo)
app-form-price-unknown = Preencha os campos para ver o valor
app-form-balance = Saldo
app-form-balance-unknown = desconhecido
app-form-balance-low = Seu saldo é menor que o valor.
app-form-confirm = Confirmar pedido · { $price }
app-form-confirm-plain = Confirmar pedido
app-form-fix = Corrija os campos marcados em vermelho.
app-form-sending = Fazendo o pedido…

app-error-required = Este campo é obrigatório.
app-error-link = Este link não é válido.
app-error-number = Digite um número inteiro.
app-error-range = Digite um número de { $min } a { $max }.
app-error-too-small = Digite pelo menos { $min }.
app-error-lines-range = Digite de { $min } a { $max } linhas (agora: { $count }).
app-error-one-line = Digite uma única linha.
app-error-date = Digite uma data que não esteja no passado (dia/mês/ano).
app-error-choice = Escolha uma das opções.
app-error-max-below-min = O máximo não pode ser menor que o mínimo.
app-error-not-supported = Este serviço não oferece isso.
app-error-invalid = Este valor não é válido.

app-result-placed = ✅ Pedido { $id } feito
app-result-price = Valor: { $price }
app-result-tracked = Ele está no seu painel de pedidos, e o chat vai avisar você quando ele avançar.
app-result-unknown = ⚠️ O painel não respondeu a tempo, então o resultado é desconhecido. Confira seus pedidos antes de tentar de novo.
app-result-failed = ❌ Pedido não feito: { $reason }
app-result-view-orders = Ver meus pedidos
app-result-new = Fazer outro pedido

app-panel-invalid-key = o painel recusou a chave de API (conecte uma válida com /connect no chat)
app-panel-funds = saldo insuficiente no painel
app-panel-invalid-input = o painel recusou o pedido por ser inválido
app-panel-service = o painel não oferece mais este serviço
app-panel-link = o painel recusou o link
app-panel-quantity = o painel recusou a quantidade
app-panel-active-order = já existe um pedido ativo para este link
app-panel-rate-limited = o painel está limitando as solicitações; tente de novo daqui a um minuto
app-panel-unavailable = o painel está fora do ar no momento
app-panel-no-account = nenhuma conta do painel está conectada (envie /connect no chat)
app-panel-error = algo deu errado; tente de novo

app-error-auth = Sua sessão expirou. Feche o app e abra-o de novo pelo chat.
app-error-rate = Muitas solicitações. Aguarde um momento e tente de novo.
app-error-price-changed = O valor mudou para { $price }. Confira e confirme de novo.
app-error-network = A conexão falhou. Seu formulário de pedido foi mantido: tente de novo.
app-error-no-account = Você ainda não conectou uma conta do painel. Envie /connect para o bot no chat.
app-error-generic = Algo deu errado. Tente de novo.

app-orders-empty = Ainda não há pedidos. Os pedidos que você fizer aqui ou no chat aparecem neste painel.
app-orders-refresh = Atualizar
app-orders-filter-all = Todos
app-orders-filter-active = Ativos
app-orders-filter-done = Finalizados
app-orders-order = Pedido { $id }
app-orders-charge = Cobrado { $charge }
app-orders-remains = { $remains } restantes
app-orders-progress = { $done } de { $quantity }
app-orders-status-unknown = Ainda não consultado
app-orders-repeat = Repetir
app-orders-refill = Reposição
app-orders-cancel = Cancelar
app-orders-cancel-confirm = Cancelar o pedido { $id }?
app-orders-refill-done = Reposição { $id } solicitada.
app-orders-cancel-done = Cancelamento solicitado para o pedido { $id }.
app-orders-action-failed = Não foi feito: { $reason }
app-orders-updated = Atualizado

app-account-title = Sua conta do painel
app-account-panel = Painel
app-account-currency = Moeda
app-account-balance = Saldo
app-account-active = Ativa
app-account-none = Nenhuma conta do painel está conectada. Envie /connect para o bot no chat.
cmd-app = Abrir o app do catálogo
