# Order cards: delivery progress.
order-card-delivered = { $quantity } tadan { $delivered } yetkazildi { $bar } { $percent } %
order-card-refunded = ↩️ Yetkazilmagan { $count } uchun { $amount } qaytarildi
order-card-refund-estimate = ↩️ Yetkazilmagan { $count } uchun taxminan { $amount } qaytarildi (buyurtma narxi boʻyicha taxmin)
