# /order: o assistente de pedidos.
order-usage = Envie /order para escolher um serviço passo a passo, ou /order ID para pedir um serviço pelo ID.
order-choose-category = 🛒 <b>Novo pedido</b> · escolha uma categoria ({ $count }) ou digite uma palavra para pesquisar os serviços.
order-choose-service = Escolha um serviço ou digite uma palavra para pesquisar.
order-button-categories = ⬅️ Categorias
order-no-services = O painel não tem nenhum serviço listado no momento, então não há nada para pedir.
order-use-buttons = Use os botões acima ou /cancel.
order-search-none = Nada corresponde a “{ $query }”. Digite outra palavra ou escolha uma categoria acima.
order-old-step = Esse botão é de uma etapa anterior. Responda à última pergunta, por favor.
order-service-gone = Este serviço não é mais oferecido pelo painel. Escolha outro, por favor.
order-service-chosen =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · quantidade { $min }–{ $max }
order-service-chosen-per-post =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · quantidade por post { $min }–{ $max }
order-service-refused = O painel não está aceitando pedidos para este serviço agora. Escolha outro com /order.

# Perguntas
order-ask-link = 🔗 Envie o link (por exemplo, { $example }).
order-ask-quantity = 🔢 Qual a quantidade? Envie um número de { $min } a { $max }.
order-ask-runs = 💧 Em quantas execuções a entrega deve ser feita? (um número inteiro, ex.: 5)
order-ask-interval = ⏱ Quantos minutos entre as execuções? (um número inteiro, ex.: 30)
order-ask-keywords = 🔑 Envie as palavras-chave, uma por linha.
order-ask-comments = 💬 Envie os comentários, um por linha.
order-ask-comments-count = 💬 Envie os comentários, um por linha: entre { $min } e { $max } linhas. A quantidade é o número de linhas.
order-ask-usernames = 👤 Envie os nomes de usuário, um por linha.
order-ask-usernames-count = 👤 Envie os nomes de usuário, um por linha: entre { $min } e { $max } linhas. A quantidade é o número de linhas.
order-ask-hashtags = #️⃣ Envie as hashtags, uma por linha.
order-ask-hashtag = #️⃣ Envie a hashtag.
order-ask-username = 👤 Envie o nome de usuário.
order-ask-media = 🖼 Envie o link da publicação cujos curtidores devem ser mencionados.
order-ask-answer-number = 🗳 Qual opção deve receber os votos? Envie o número dela (1 para a primeira opção).
order-ask-groups = 👥 Envie os grupos de onde os membros serão convidados, um por linha.
order-ask-min = ⬇️ Mínimo por post? Envie um número de { $min } a { $max }.
order-ask-max = ⬆️ Máximo por post? Envie um número de { $min } a { $max }, não menor que o mínimo.
order-ask-posts = 📝 Para quantos posts novos? Envie um número, ou pule para não ter limite.
order-ask-old-posts = 🗂 Quantos posts já existentes também devem receber? Envie um número (0 para nenhum), ou pule.
order-ask-delay = ⏳ Quanto tempo esperar depois que um novo post aparecer?
order-ask-expiry = 📅 Até quando? Envie uma data no formato dia/mês/ano (ex.: 31/12/2026), ou pule.
order-ask-country = 🌍 De qual país o tráfego deve vir? (ex.: United States ou US)
order-ask-device = 💻 Quais dispositivos?
order-ask-traffic-type = 🚦 Qual tipo de tráfego?
order-ask-google-keyword = 🔎 Qual palavra-chave os visitantes devem pesquisar no Google?
order-ask-referring-url = 🔗 Envie a URL de referência (a página de onde os visitantes vêm).
order-ask-dripfeed = 💧 Distribuir este pedido ao longo do tempo (drip-feed)?

# Nomes dos campos
order-field-link = Link
order-field-quantity = Quantidade
order-field-runs = Execuções
order-field-interval = Intervalo (minutos)
order-field-keywords = Palavras-chave
order-field-comments = Comentários
order-field-usernames = Nomes de usuário
order-field-hashtags = Hashtags
order-field-hashtag = Hashtag
order-field-username = Nome de usuário
order-field-media = Link da publicação
order-field-answer-number = Número da opção
order-field-groups = Grupos
order-field-min = Mínimo por post
order-field-max = Máximo por post
order-field-posts = Posts novos
order-field-old-posts = Posts antigos
order-field-delay = Atraso
order-field-expiry = Validade
order-field-country = País
order-field-device = Dispositivo
order-field-traffic-type = Tipo de tráfego
order-field-google-keyword = Palavra-chave do Google
order-field-referring-url = URL de referência
order-field-dripfeed = Drip-feed

# Opções
order-delay-none = Sem atraso
order-delay-minutes = { $n } min
order-device-desktop = 🖥 Computador
order-device-android = 🤖 Android
order-device-ios = 🍏 iOS
order-device-mixed-mobile = 📱 Celulares variados
order-device-mixed = 🔀 Variados
order-traffic-google = 🔎 Palavra-chave do Google
order-traffic-referrer = 🔗 Referência personalizada
order-traffic-blank = ⬜ Sem referência
order-button-skip = ⏭ Pular
order-button-drip-yes = 💧 Sim, drip-feed
order-button-drip-no = Tudo de uma vez
order-skipped = { $field }: pulado
order-chosen = { $field }: { $value }
order-dripfeed-yes = 💧 Drip-feed: sim
order-dripfeed-no = Drip-feed: não, tudo de uma vez

# Problemas com uma resposta
order-send-again = Envie de novo ou use /cancel.
order-error-link = ❌ Esse link não é válido. Envie um link completo, como https://instagram.com/p/abc123.
order-error-number = ❌ Envie um número inteiro, só com dígitos (por exemplo, 1000).
order-error-too-big = ❌ Esse número é grande demais.
order-error-quantity-range = ❌ A quantidade deve ficar entre { $min } e { $max }.
order-error-lines-range = ❌ Você enviou { $count } { $count ->
        [one] linha
       *[other] linhas
    }; este serviço precisa de { $min } a { $max } (uma por linha).
order-error-lines-empty = ❌ Envie pelo menos uma linha.
order-error-range = ❌ O número deve ficar entre { $min } e { $max }.
order-error-max-below-min = ❌ O máximo não pode ser menor que o mínimo ({ $min }).
order-error-too-small = ❌ O número deve ser pelo menos { $min }.
order-error-one-line = ❌ Envie uma única linha.
order-error-date = ❌ Envie uma data que não esteja no passado, no formato dia/mês/ano (por exemplo, 31/12/2026).
order-error-choice = ❌ Escolha um dos botões.
order-error-empty = ❌ Isto não pode ficar vazio.
order-error-invalid = ❌ “{ $field }” não é válido.
order-recheck = Algumas respostas não combinam mais entre si, então vou perguntar de novo: { $fields }.

# Resumo
order-summary-title = 🧾 <b>Confira seu pedido</b>
order-summary-service = Serviço: <b>{ $name }</b> (ID { $id })
order-summary-field = { $label }: { $value }
order-summary-lines = { $count } { $count ->
        [one] linha
       *[other] linhas
    }
order-summary-more = … e mais { $count }
order-number = { $n }
order-summary-drip = Drip-feed: { $runs } execuções, a cada { $interval } min
order-summary-total = Quantidade total: { $total }
order-summary-price = 💵 Valor: <b>{ $price }</b>
order-summary-price-max = 💵 Valor: até <b>{ $price }</b> (cobrado por post)
order-summary-price-per-post = 💵 Valor: até <b>{ $price }</b> por post
order-summary-price-unknown = 💵 Valor: definido pelo painel
order-summary-balance = 💰 Saldo: { $balance }
order-summary-balance-low = ⚠️ Seu saldo é menor que o valor do pedido. Adicione saldo no painel primeiro, senão o painel vai recusar o pedido.
order-summary-balance-unknown = ⚠️ Não consegui verificar seu saldo: { $reason }
order-button-confirm = ✅ Confirmar
order-button-change = ✏️ Alterar
order-change-which = Qual informação você quer alterar?
order-confirm-hint = Toque em ✅ Confirmar, ✏️ Alterar ou ✖️ Cancelar embaixo do resumo.

# Resultado
order-placed = ✅ Pedido { $id } feito · { $price }
order-placed-no-price = ✅ Pedido { $id } feito.
order-placed-next = Eu aviso você quando o status mudar. /orders mostra seus pedidos, /status { $id } consulta este.
order-unknown-outcome = ⚠️ O painel não confirmou o pedido, então não sei se ele foi feito. Não vou enviá-lo de novo. Daqui a um minuto, confira /orders ou /status (ou o site do painel) antes de pedir de novo.
order-failed-fix = Nenhum pedido foi feito. Altere alguma informação e confirme de novo, ou use /cancel.
order-already-placed = O pedido { $id } já foi feito. /orders mostra seus pedidos.
order-already-unknown = Este pedido já foi enviado, mas o resultado é desconhecido. Confira /orders ou /status antes de pedir de novo.
order-already-failed = Este resumo não virou pedido. Use o resumo mais recente ou comece de novo com /order.
order-wizard-expired = Este formulário de pedido não está mais ativo. Comece de novo com /order.
