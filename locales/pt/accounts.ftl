cmd-accounts = Suas contas de painel: alternar, renomear, desconectar
accounts-title = 👤 <b>Suas contas de painel</b> ({ $count })
accounts-title-group = 👤 <b>Contas de painel deste grupo</b> ({ $count })
accounts-none = Você ainda não conectou nenhuma conta de painel. Adicione uma pelo botão abaixo ou com /connect.
accounts-none-group = Este grupo ainda não tem uma conta de painel vinculada. Um administrador pode adicionar uma pelo botão abaixo ou com /connect.
accounts-balance = 💰 { $balance }
accounts-balance-unavailable = 💰 saldo indisponível: { $reason }
accounts-unreadable = ⚠️ precisa ser reconectada: conecte a chave dela de novo com /connect
accounts-active-hint = ✅ marca a conta ativa: /balance, /services, /order, /status, /track, /refill e /cancel usam essa conta. Cada pedido continua com a conta em que foi feito ou passou a ser acompanhado.
accounts-button-use = ▫️ Usar { $name }
accounts-button-active = ✅ { $name }
accounts-button-rename = ✏️ Renomear
accounts-button-disconnect = ❌ Desconectar
accounts-button-add = ➕ Adicionar conta
accounts-button-refresh = 🔄 Atualizar
accounts-switched = Agora usando { $name }.
accounts-rename-ask = ✏️ Envie um novo nome para { $name } (até { $max } caracteres) ou “-” para voltar a mostrar o nome do painel.
accounts-renamed = ✅ Novo nome: <b>{ $name }</b>. Veja /accounts.
accounts-rename-cleared = ✅ A conta voltou a mostrar o nome do painel. Veja /accounts.
accounts-rename-too-long = Envie um nome de 1 a { $max } caracteres, ou “-”.
accounts-disconnect-confirm = Desconectar <b>{ $name }</b>? { $orders ->
    [0] Nenhum pedido está sendo acompanhado por ela.
    [one] O pedido vinculado a ela deixará de ser acompanhado.
    [many] Os { $orders } pedidos vinculados a ela deixarão de ser acompanhados.
   *[other] Os { $orders } pedidos vinculados a ela deixarão de ser acompanhados.
}
accounts-disconnect-yes = ❌ Sim, desconectar
accounts-disconnect-no = Manter
accounts-disconnected = ✅ A conta <b>{ $name }</b> foi desconectada e a chave dela foi apagada. { $orders ->
    [0] {""}
    [one] 1 pedido deixou de ser acompanhado.
    [many] { $orders } pedidos deixaram de ser acompanhados.
   *[other] { $orders } pedidos deixaram de ser acompanhados.
}
accounts-too-many = Você já tem { $max } contas: primeiro desconecte uma em /accounts.
accounts-now-active = Agora esta é a sua conta ativa ({ $count } conectadas): alterne entre elas ou renomeie-as em /accounts.
accounts-found-on = Encontrado na sua conta { $name }.
accounts-order-account = 👤 { $name }
