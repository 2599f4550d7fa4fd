# Repeat, favourites and recent services.
orders-button-repeat = 🔂 Pedir de novo
tracking-button-repeat = 🔂 De novo { $id }
repeat-unknown = Não sei que serviço o pedido { $id } usou (não foi feito por mim), por isso não o posso repetir. Use /order.
order-repeat-changed = ⚠️ Desde esse pedido, o serviço mudou. Vou perguntar de novo:
order-repeat-field = • { $field }: { $problem }
order-repeat-ask-again = a escolher de novo
order-shortlist-title = ⭐ Os seus serviços favoritos e recentes estão no topo.
order-shortlist-favourite = ⭐ { $price } · { $name }
order-shortlist-recent = 🕘 { $price } · { $name }
services-button-favourite = ⭐ Adicionar aos favoritos
services-button-unfavourite = ☆ Remover dos favoritos
services-favourite-added = ⭐ Adicionado aos favoritos: aparece primeiro em /order.
services-favourite-removed = Removido dos favoritos.
