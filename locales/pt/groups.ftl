# Grupos: apresentação, regras só para administradores, vínculo da conta do painel do grupo, notificações.
groups-intro =
    👋 Olá, eu sou o @{ $bot }! Eu ajudo este grupo a acompanhar os pedidos do painel SMM.
    Administradores: vinculem a conta do painel do grupo com /connect (a chave de API é enviada no privado, nunca aqui) e depois usem /order, /balance, /track, /refill, /cancel, /notifications on|off e /language.
    Todos: /status ID, /orders, /refills ID e /help.
groups-admins-only = 🔒 Desculpe, aqui só os administradores do grupo podem usar { $command }.
groups-button-admins-only = 🔒 Este botão é para os administradores do grupo.
groups-button-not-yours = ✋ Este processo foi iniciado por outro usuário. Se precisar, inicie o seu.
groups-connect-link = 🔐 Por segurança, nunca peço chaves de API em grupos. Toque no botão para vincular a conta do painel deste grupo na nossa conversa privada. O link só funciona para administradores do grupo e expira em uma hora.
groups-connect-button = 🔐 Vincular no privado
groups-link-invalid = Este link não é válido. Envie /connect no grupo de novo para receber um novo.
groups-link-expired = Este link expirou. Envie /connect no grupo de novo para receber um novo.
groups-link-not-admin = Só os administradores daquele grupo podem vincular a conta do painel dele.
groups-link-no-access = Não consigo mais acessar aquele grupo. Adicione-me de novo ao grupo e envie /connect lá.
groups-unnamed = seu grupo
groups-linked-notice = 🔗 { $admin } vinculou este grupo a uma conta no painel { $panel }. A chave de API continua privada.
groups-linked-notice-anonymous = 🔗 Um administrador vinculou este grupo a uma conta no painel { $panel }. A chave de API continua privada.
groups-notifications-on = 🔔 As notificações sobre os pedidos deste grupo estão ativadas.
groups-notifications-off = 🔕 As notificações sobre os pedidos deste grupo estão desativadas.
groups-notifications-usage =
    As notificações sobre os pedidos deste grupo estão { $state ->
        [on] ativadas
       *[off] desativadas
    }.
    Use /notifications { $on } ou /notifications { $off } para mudar.
# Words /notifications accepts, comma-separated; the first one is shown in /help and the usage.
groups-notifications-words-on = ligar, ligado, sim
groups-notifications-words-off = desligar, desligado, não
