# Resilience: unreadable secrets, slow panels, unknown placements, catalogue sanity.
account-unreadable = 🔑 A sua conta do painel precisa de ser ligada de novo: já não consigo ler a chave de API guardada (a chave de encriptação do bot foi alterada). Envie /connect e adicione a chave outra vez.
account-unreadable-group = 🔑 A conta do painel deste grupo precisa de ser ligada de novo: já não consigo ler a chave de API guardada (a chave de encriptação do bot foi alterada). Um administrador do grupo pode ligá-la outra vez com /connect.
conversation-state-lost = O seu passo por concluir perdeu-se após uma atualização do bot, por isso fechei-o. Nada foi enviado ao painel; comece de novo.
budget-still-waiting = ⏳ O painel está lento a responder — ainda à espera… (/cancel deixa de esperar)
budget-wait-cancelled = Deixei de esperar pelo painel. Nada foi alterado.
services-card-unavailable = ⚠️ Este serviço não está disponível: o painel indica limites ou preço impossíveis, por isso não pode ser encomendado aqui.
