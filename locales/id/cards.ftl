# Order cards: delivery progress.
order-card-delivered = Terkirim { $delivered } dari { $quantity } { $bar } { $percent } %
order-card-refunded = ↩️ Dikembalikan { $amount } untuk { $count } yang tidak terkirim
order-card-refund-estimate = ↩️ Sekitar { $amount } dikembalikan untuk { $count } yang tidak terkirim (perkiraan dari harga pesanan)
