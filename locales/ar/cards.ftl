# Order cards: delivery progress.
order-card-delivered = تم تسليم { $delivered } من { $quantity } { $bar } { $percent } %
