# Acompanhamento de pedidos: /track, /untrack, /settings e notificações de mudança de status.

## Notificações (HTML)
tracking-notify-title = 🔔 <b>Atualizações de pedidos: { $count }</b>
tracking-notify-progress = 📈 Atualização de progresso
tracking-notify-part = mensagem { $part } de { $parts }
tracking-notify-open-orders = Abra /orders para ver e gerenciar todos.
tracking-refill-card = ♻️ <b>Reposição { $id }</b> · pedido { $order }
tracking-button-refresh = 🔄 { $id }
tracking-button-refill = 🔁 Reposição { $id }
tracking-button-cancel = ✖️ Cancelar { $id }
tracking-button-refill-refresh = 🔄 Reposição { $id }
tracking-reconnect-rejected = ⚠️ O painel { $panel } não aceita mais a chave de API conectada (ela foi alterada ou revogada, ou a conta foi suspensa), então pausei o acompanhamento dos pedidos verificados com ela. Conecte uma chave válida com /connect e o acompanhamento continua.
tracking-reconnect-undecryptable = ⚠️ Não consigo mais ler a chave de API salva para o painel { $panel } (a chave de criptografia do bot foi alterada), então pausei o acompanhamento dos pedidos verificados com ela. Conecte a chave de novo com /connect e o acompanhamento continua.

## /track e /untrack
tracking-track-usage =
    Envie os IDs dos pedidos que você fez no site do painel, e eu aviso quando o status deles mudar:
    <code>/track 23501</code>
    <code>/track 23501, 23502 23503</code>
    Até { $max } IDs por vez. /untrack ID para de acompanhar.
tracking-untrack-usage =
    Envie os IDs dos pedidos que não quer mais acompanhar, por exemplo:
    <code>/untrack 23501 23502</code>
tracking-too-many = São { $count } IDs. Aceito no máximo { $max } por comando: envie em partes, por favor.
tracking-not-ids = ⚠️ Não é um ID de pedido (IDs têm só dígitos): { $tokens }
tracking-track-title = <b>Acompanhamento</b>
tracking-untrack-title = <b>Parar de acompanhar</b>
tracking-item-tracked = ✅ <code>{ $id }</code> — { $status }: vou avisar quando o status mudar.
tracking-item-tracked-final = ☑️ <code>{ $id }</code> — { $status }: já finalizado, adicionado a /orders mas não acompanhado.
tracking-item-already = ℹ️ <code>{ $id }</code> já está sendo acompanhado aqui.
tracking-item-unknown = ❓ <code>{ $id }</code> — não encontrado nesta conta, não acompanhado.
tracking-item-unavailable = ⚠️ <code>{ $id }</code> — o painel não respondeu, não acompanhado. Tente de novo mais tarde.
tracking-item-error = ⚠️ <code>{ $id }</code> — não foi possível verificar ({ $reason }), não acompanhado.
tracking-item-untracked = ✅ <code>{ $id }</code> — não é mais acompanhado.
tracking-item-not-tracked = ℹ️ <code>{ $id }</code> — não estava sendo acompanhado aqui.

## /settings
tracking-settings-title =
    ⚙️ <b>Configurações</b>
    As notificações avisam quando o status de um pedido acompanhado muda. As atualizações de progresso também avisam quando a contagem inicial ou a quantidade restante muda.
tracking-settings-notifications-on = 🔔 Notificações: ativadas
tracking-settings-notifications-off = 🔕 Notificações: desativadas
tracking-settings-progress-on = 📈 Atualizações de progresso: ativadas
tracking-settings-progress-off = 📉 Atualizações de progresso: desativadas
tracking-settings-saved = Salvo.
tracking-settings-private-only = Nos grupos, os administradores usam /notifications on ou /notifications off. Abra nossa conversa privada para as suas /settings.
