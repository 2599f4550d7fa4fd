# Palavras comuns, botões e erros.
button-cancel = ✖️ Cancelar
button-back = ⬅️ Voltar
button-expired = Este botão expirou. Comece de novo, por favor.
conversation-cancelled = Cancelado. Nada foi alterado.
conversation-send-text = Envie uma mensagem de texto ou use /cancel.
unknown-command = Não conheço esse comando. /help mostra o que eu posso fazer.
start-hint = Envie /help para ver o que eu posso fazer.
error-generic = Ocorreu um erro do meu lado. Tente de novo daqui a pouco.

account-missing = Você ainda não conectou uma conta do painel. Envie /connect para adicionar sua chave de API.
account-missing-group = Este grupo ainda não tem uma conta do painel. Um administrador do grupo pode vincular uma com /connect.

panel-error-invalid-key = O painel recusou a chave de API. Conecte uma chave válida com /connect.
panel-error-funds = Saldo insuficiente no painel.
panel-error-unknown-order = O painel não reconhece este ID de pedido.
panel-error-unknown-refill = O painel não reconhece este ID de reposição.
panel-error-rate-limited = O painel está limitando as solicitações no momento. Tente de novo daqui a um minuto.
panel-error-unavailable = O painel está fora do ar no momento. Tente de novo mais tarde.
panel-error-unknown-outcome = O painel não respondeu a tempo, então o resultado é desconhecido. Confira com /orders ou /status antes de tentar de novo.
panel-error-invalid-input = O painel recusou a solicitação por ser inválida.
panel-error-invalid-input-detail = O painel recusou a solicitação: { $detail }

# Menu de comandos
cmd-start = Iniciar e ver um resumo
cmd-help = Ver o que este bot faz
cmd-connect = Conectar a chave de API do painel
cmd-disconnect = Remover a chave de API conectada
cmd-balance = Ver o saldo do painel
cmd-services = Ver ou pesquisar serviços
cmd-order = Fazer um novo pedido
cmd-orders = Ver seus pedidos e o status
cmd-status = Consultar o status de pedidos por ID
cmd-refill = Solicitar reposição de pedidos
cmd-refills = Consultar o status de reposições por ID
cmd-cancel = Cancelar pedidos
cmd-track = Acompanhar pedidos feitos em outro lugar
cmd-untrack = Parar de acompanhar pedidos
cmd-settings = Ajustar as notificações
cmd-notifications = Ligar ou desligar as notificações do grupo
cmd-language = Mudar o idioma
rate-limited = Você está indo rápido demais. Aguarde um momento antes da próxima solicitação.
fallback-key-deleted = Isso parecia uma chave de API, então apaguei sua mensagem para mantê-la segura. Para conectar uma chave, envie /connect primeiro e depois a chave.
