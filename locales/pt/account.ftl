start-welcome = 👋 Olá, { $name }! Eu gerencio sua conta do painel SMM pelo Telegram: saldo, serviços, pedidos, reposições e cancelamentos — e aviso você quando o status de um pedido mudar.
start-next-connect = Primeiro, conecte a chave de API do seu painel com /connect (ela fica na página de API do painel). Depois, experimente /balance, /services ou /order. /help mostra tudo o que eu faço.
start-connected = Sua conta no painel { $panel } está conectada. Experimente /balance, /services, /order ou /orders. /help mostra tudo o que eu faço.
start-group = 👋 Olá! Eu ajudo este grupo a acompanhar os pedidos do painel SMM. Um administrador pode vincular uma conta do painel com /connect; /help mostra os comandos.

connect-choose-panel = Em qual painel está sua conta?
connect-panel-chosen = Painel: { $panel }
connect-ask-key = 🔑 Envie sua chave de API do painel { $panel }. Ela fica na página de API do painel. Vou apagar sua mensagem assim que ler a chave e guardá-la criptografada.
connect-ask-key-group = 🔑 Envie a chave de API do painel { $panel } que o grupo “{ $group }” deve usar. Vou apagar sua mensagem assim que ler a chave e guardá-la criptografada. Os membros do grupo nunca a verão.
connect-key-malformed = Isso não parece uma chave de API (uma única palavra, sem espaços). Envie a chave de novo ou use /cancel.
connect-key-rejected = ❌ O painel não aceitou esta chave. Confira na página de API do painel e envie de novo, ou use /cancel. A chave não foi salva.
connect-try-again = Envie a chave de novo para tentar outra vez, ou use /cancel. A chave não foi salva.
connect-done = ✅ Conectado ao painel { $panel }. Saldo: { $balance }.
connect-done-group = ✅ O grupo “{ $group }” agora está vinculado ao painel { $panel }. Saldo: { $balance }.
disconnect-done = Sua chave de API foi removida. Conecte de novo quando quiser com /connect.
disconnect-done-group = A chave de API do grupo foi removida.
disconnect-none = Não há nenhuma chave de API conectada.

balance = 💰 Saldo no painel { $panel }: { $balance }

language-choose = Escolha um idioma:
language-set = ✅ Idioma alterado para português (Brasil).
