# Order cards: delivery progress.
order-card-delivered = { $quantity } में से { $delivered } पहुँचाए गए { $bar } { $percent } %
