# Order cards: delivery progress.
order-card-delivered = Entregues { $delivered } de { $quantity } { $bar } { $percent } %
order-card-refunded = ↩️ Reembolsado { $amount } por { $count } não entregues
order-card-refund-estimate = ↩️ Cerca de { $amount } reembolsado por { $count } não entregues (estimativa pelo preço do pedido)
