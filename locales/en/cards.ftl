# Order cards: delivery progress.
order-card-delivered = Delivered { $delivered } of { $quantity } { $bar } { $percent } %
order-card-refunded = ↩️ Refunded { $amount } for { $count } not delivered
order-card-refund-estimate = ↩️ About { $amount } refunded for { $count } not delivered (estimated at the order's price)
