# Repeat, favourites and recent services.
orders-button-repeat = 🔂 اطلب مرة أخرى
tracking-button-repeat = 🔂 مرة أخرى { $id }
repeat-unknown = لا أعرف الخدمة التي استخدمها الطلب { $id } (لم يُقدَّم عن طريقي)، لذا لا يمكنني تكراره. استخدم /order.
order-repeat-changed = ⚠️ تغيّرت الخدمة منذ ذلك الطلب. سأسألك مجددًا عن:
order-repeat-field = • { $field }: { $problem }
order-repeat-ask-again = يجب اختياره من جديد
order-shortlist-title = ⭐ خدماتك المفضلة والأخيرة في الأعلى.
order-shortlist-favourite = ⭐ { $price } · { $name }
order-shortlist-recent = 🕘 { $price } · { $name }
services-button-favourite = ⭐ أضف إلى المفضلة
services-button-unfavourite = ☆ أزل من المفضلة
services-favourite-added = ⭐ أُضيفت إلى المفضلة: ستظهر أولًا في /order.
services-favourite-removed = أُزيلت من المفضلة.
