# Order cards: delivery progress.
order-card-delivered = Dostavljeno { $delivered } od { $quantity } { $bar } { $percent } %
