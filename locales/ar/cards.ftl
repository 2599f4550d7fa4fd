# Order cards: delivery progress.
order-card-delivered = تم تسليم { $delivered } من { $quantity } { $bar } { $percent } %
order-card-refunded = ↩️ تم استرداد { $amount } مقابل { $count } لم يتم تسليمها
order-card-refund-estimate = ↩️ تم استرداد نحو { $amount } مقابل { $count } لم يتم تسليمها (تقدير حسب سعر الطلب)
