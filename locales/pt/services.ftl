# /services: o catálogo.
services-categories = 📚 <b>Serviços</b> · { $count } { $count ->
        [one] categoria
       *[other] categorias
    }. Escolha uma ou pesquise com /services TEXTO.
services-page = { $page }/{ $pages }
services-category-title = 📂 <b>{ $category }</b> · { $count } { $count ->
        [one] serviço
       *[other] serviços
    }
services-search-title = 🔎 Resultados para “{ $query }”: { $count }
services-line = <b>{ $id }</b> · { $name }
    { $rate } · { $min }–{ $max }
services-rate = { $rate } por 1000
services-rate-package = { $rate } por pacote
services-card-title = 🛍 <b>{ $name }</b>
services-card-id = ID { $id } · { $category }
services-card-type = Tipo: { $type }
services-card-rate = Preço: { $rate }
services-card-limits = Quantidade: { $min } – { $max }
services-card-limits-per-post = Quantidade por post: { $min } – { $max }
services-card-flags = Reposição: { $refill } · Cancelamento: { $cancel } · Drip-feed: { $dripfeed }
services-card-average-time = ⏱ Tempo médio: { $time }
services-yes = ✅
services-no = ❌
services-button-order = 🛒 Fazer pedido
services-button-categories = 📚 Todas as categorias
services-search-none = Nada corresponde a “{ $query }”. Tente uma palavra mais curta ou diferente, ou envie /services para ver as categorias.
services-stale = ♻️ A lista de serviços mudou desde aquela mensagem. Aqui está a lista atual.
services-stale-alert = A lista de serviços mudou. Mostrando a lista atual.
services-not-found = Este serviço não está mais na lista do painel.
services-empty = O painel não tem nenhum serviço listado no momento.
services-query-expired = Esta pesquisa expirou. Envie /services TEXTO de novo.
