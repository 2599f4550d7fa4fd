# Order cards: delivery progress.
order-card-delivered = Entregados { $delivered } de { $quantity } { $bar } { $percent } %
