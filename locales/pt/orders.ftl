# Comandos de pedidos: /status, /orders, /refill, /refills, /cancel e os botões dos pedidos.

## Comum
orders-invalid-ids = ⚠️ { $count ->
        [one] Ignorado, não é um ID
       *[other] Ignorados, não são IDs
    } (IDs têm só dígitos): { $tokens }
orders-invalid-more = e mais { $count }
orders-too-many = São { $count } IDs. Aceito no máximo { $max } por comando: envie em partes, por favor.
orders-refreshed = Atualizado.

## Resultado curto de um ID
orders-item-unknown-order = ❓ não encontrado nesta conta
orders-item-unknown-refill = ❓ reposição não encontrada nesta conta
orders-item-unavailable = ⚠️ o painel não respondeu, tente de novo mais tarde
orders-item-rate-limited = ⏳ o painel está limitando as solicitações, tente de novo daqui a um minuto
orders-item-unknown-outcome = ⚠️ sem resposta do painel: pode ter sido feito, confira antes de tentar de novo
orders-item-invalid-key = 🔑 o painel recusou a chave de API
orders-item-refill-disabled = ⛔ a reposição está desativada para este serviço
orders-item-refill-not-eligible = ⛔ não elegível para reposição (no momento)
orders-item-refill-unsupported = ⛔ este painel não oferece reposição
orders-item-cancel-disabled = ⛔ o cancelamento está desativado para este serviço
orders-item-cancel-refused = ⛔ este pedido não pode mais ser cancelado
orders-item-cancel-unsupported = ⛔ este painel não oferece cancelamento de pedidos
orders-item-refused = ⛔ recusado pelo painel: { $detail }
orders-item-refused-plain = ⛔ recusado pelo painel
orders-item-error = ⚠️ algo deu errado, tente de novo

## Botões do cartão do pedido
orders-button-refresh = 🔄 Atualizar
orders-button-refill = 🔁 Reposição
orders-button-cancel = ✖️ Cancelar pedido
orders-button-cancel-confirm = Sim, cancelar o pedido { $id }
orders-button-cancel-keep = Não, manter
orders-cancel-ask-one = Cancelar o pedido { $id }? Toque em “Sim” para confirmar.

## /status
orders-status-usage =
    Envie um ou mais IDs de pedido depois do comando, por exemplo:
    <code>/status 23501</code>
    <code>/status 23501, 23502 23503</code>
    Separe os IDs com espaços, vírgulas ou quebras de linha (até { $max }).
orders-status-unknown = ❓ O pedido <code>{ $id }</code> não foi encontrado nesta conta.
orders-status-header = 📋 Status de { $count } pedidos:

## /orders
orders-list-empty =
    Nenhum pedido está sendo acompanhado nesta conversa ainda.
    Faça um com /order, ou acompanhe pedidos feitos no site do painel com <code>/track ID</code>.
orders-list-title = 📋 <b>Pedidos</b> { $from }–{ $to } de { $total }
orders-list-not-checked = 🕓 ainda não verificado
orders-list-fresh = 🔄 Verificado com o painel agora mesmo.
orders-list-refresh-failed = Não foi possível verificar com o painel: { $reason }
orders-button-prev = ◀ Mais novos
orders-button-next = Mais antigos ▶
orders-button-refresh-page = 🔄 Atualizar
orders-button-details = 📦 { $id }

## /refill e /refills
orders-refill-usage =
    Envie os IDs dos pedidos que precisam de reposição, por exemplo:
    <code>/refill 23501</code> ou <code>/refill 23501 23502</code>
    Depois, consulte a reposição com <code>/refills ID_DA_REPOSIÇÃO</code>.
orders-refill-created = 🔁 reposição <code>{ $refill }</code> solicitada
orders-refill-done-one = 🔁 Reposição { $refill } solicitada para o pedido { $id }. Consulte com /refills { $refill }.
orders-refill-failed-one = Pedido { $id }: { $reason }
orders-refill-header = 🔁 Solicitações de reposição para { $count } pedidos:
orders-refill-summary = { $created } de { $count } reposições solicitadas. Consulte com /refills.
orders-refills-usage =
    Envie os IDs de reposição depois do comando, por exemplo:
    <code>/refills 7</code> ou <code>/refills 7 8 9</code>
orders-refills-one = 🔁 <b>Reposição { $id }</b>
    { $status }
orders-refills-unknown = ❓ A reposição <code>{ $id }</code> não foi encontrada nesta conta.
orders-refills-header = 🔁 Status de { $count } reposições:

## /cancel
orders-cancel-usage =
    Envie os IDs dos pedidos que deseja cancelar, por exemplo:
    <code>/cancel 23501</code> ou <code>/cancel 23501 23502</code>
    Eu peço sua confirmação antes de cancelar qualquer coisa. (Se houver um passo a passo em andamento, /cancel sai dele.)
orders-cancel-confirm =
    Cancelar { $count ->
        [one] este pedido
       *[other] estes { $count } pedidos
    }? { $ids }
    Nem todo serviço pode ser cancelado; o painel decide pedido a pedido.
orders-cancel-yes = { $count ->
        [one] Sim, cancelar 1 pedido
       *[other] Sim, cancelar { $count } pedidos
    }
orders-cancel-no = Não
orders-cancel-kept = Nada foi cancelado.
orders-cancel-ok = ✅ cancelamento solicitado
orders-cancel-done-one = ✅ Cancelamento solicitado para o pedido { $id }.
orders-cancel-failed-one = Pedido { $id }: { $reason }
orders-cancel-header = ✖️ Solicitações de cancelamento para { $count } pedidos:
orders-list-account-gone = (a conta dele não está mais conectada)
