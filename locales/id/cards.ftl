# Order cards: delivery progress.
order-card-delivered = Terkirim { $delivered } dari { $quantity } { $bar } { $percent } %
