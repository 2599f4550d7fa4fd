# Order cards: delivery progress.
order-card-delivered = { $quantity } içinden { $delivered } teslim edildi { $bar } %{ $percent }
order-card-refunded = ↩️ Teslim edilmeyen { $count } için { $amount } iade edildi
order-card-refund-estimate = ↩️ Teslim edilmeyen { $count } için yaklaşık { $amount } iade edildi (sipariş fiyatından tahmin)
