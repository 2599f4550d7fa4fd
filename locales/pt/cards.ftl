# Order cards: delivery progress.
order-card-delivered = Entregues { $delivered } de { $quantity } { $bar } { $percent } %
