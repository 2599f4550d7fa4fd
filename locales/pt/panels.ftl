## /connect → ➕ Outro painel: qualquer painel com API v2, pelo endereço
button-other-panel = ➕ Outro painel
connect-ask-address = 🌐 Envie o endereço do seu painel, por exemplo smmpanel.com ou https://smmpanel.com/api/v2. Eu encontro a API dele.
connect-panel-found = API do painel encontrada: { $url }
connect-address-refused-malformed = Isso não é um endereço da web. Envie no formato smmpanel.com ou https://smmpanel.com/api/v2, ou /cancel.
connect-address-refused-scheme = Só são aceitos endereços seguros https. Envie o endereço https do painel, ou /cancel.
connect-address-refused-credentials = O endereço não pode conter usuário nem senha. Envie sem eles, ou /cancel.
connect-address-refused-port = Essa porta não é permitida: os painéis são acessados pelas portas web padrão. Envie o endereço sem a porta, ou /cancel.
connect-address-refused-denied = O operador do bot bloqueou este painel. Envie outro endereço, ou /cancel.
connect-address-refused-not-allowed = O operador do bot só permite alguns painéis, e este não é um deles. Envie outro endereço, ou /cancel.
connect-address-refused-disabled = Outros painéis estão desativados neste bot. Envie /connect para escolher um dos painéis dele.
connect-address-refused-private = Este endereço leva a uma rede privada ou interna, não a um painel público. Envie o endereço público do painel, ou /cancel.
connect-address-refused-unresolved = Este endereço não existe (o domínio não foi encontrado). Confira a grafia e envie de novo, ou /cancel.
connect-no-api = Consegui acessar { $host }, mas não encontrei a API do painel lá. Envie o endereço completo da API que aparece na página de API do painel (por exemplo https://smmpanel.com/api/v2), ou /cancel.
connect-unreachable = Não consegui acessar { $host } (sem resposta, ou a proteção dele me bloqueou). Envie o endereço de novo para tentar outra vez, ou /cancel.
