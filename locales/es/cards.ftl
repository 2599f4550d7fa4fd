# Order cards: delivery progress.
order-card-delivered = Entregados { $delivered } de { $quantity } { $bar } { $percent } %
order-card-refunded = ↩️ Reembolsado { $amount } por { $count } no entregados
order-card-refund-estimate = ↩️ Unos { $amount } reembolsados por { $count } no entregados (estimación según el precio del pedido)
