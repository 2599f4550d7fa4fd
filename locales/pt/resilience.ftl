# Resilience: unreadable secrets, slow panels, unknown placements, catalogue sanity.
account-unreadable = 🔑 A sua conta do painel precisa de ser ligada de novo: já não consigo ler a chave de API guardada (a chave de encriptação do bot foi alterada). Envie /connect e adicione a chave outra vez.
account-unreadable-group = 🔑 A conta do painel deste grupo precisa de ser ligada de novo: já não consigo ler a chave de API guardada (a chave de encriptação do bot foi alterada). Um administrador do grupo pode ligá-la outra vez com /connect.
conversation-state-lost = O seu passo por concluir perdeu-se após uma atualização do bot, por isso fechei-o. Nada foi enviado ao painel; comece de novo.
budget-still-waiting = ⏳ O painel está lento a responder — ainda à espera… (/cancel deixa de esperar)
budget-wait-cancelled = Deixei de esperar pelo painel. Nada foi alterado.
services-card-unavailable = ⚠️ Este serviço não está disponível: o painel indica limites ou preço impossíveis, por isso não pode ser encomendado aqui.
placement-unknown-notice =
    ⚠️ <b>Uma encomenda pode ter sido feita</b>
    Fui reiniciado enquanto enviava esta encomenda para { $panel }, por isso não sei se o painel a aceitou. A API do painel não consegue listar encomendas: veja a página de encomendas no site de { $panel }. Se a encomenda lá estiver, toque em “Seguir por ID” e envie o ID; se não, toque em “Dispensar”.
placement-details =
    ❓ <b>{ $service }</b> (#{ $id })
    Link: { $link }
    Quantidade: { $quantity }
placement-unknown-title = ❓ <b>Resultado desconhecido</b> — estas encomendas podem ter sido feitas (confirme no site do painel):
placement-button-track = 🔎 Seguir por ID
placement-button-dismiss = ✖️ Dispensar
placement-dismissed = Dispensado: já não aparece na lista.
placement-track-ask = Responda a esta mensagem com o ID da encomenda que aparece na página de encomendas do site de { $panel }.
placement-track-bad-id = Responda com um único ID de encomenda (só algarismos).
placement-track-unknown-id = O painel não conhece a encomenda { $id }. Confirme o ID no site do painel e responda de novo.
placement-tracked = ✅ A encomenda { $id } está agora a ser seguida ({ $status }): aparece em /orders e aviso-o quando o estado mudar.
