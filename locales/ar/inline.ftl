# الوضع المضمّن: @bot 23501 في أي محادثة.
inline-connect-button = 🔑 اربط حسابك في اللوحة أولًا
inline-error-title = ⚠️ تعذّر التحقق من الطلبات
inline-no-orders-title = لا توجد طلبات حديثة بعد
inline-no-orders-description = اكتب رقم الطلب بعد اسمي، مثل 23501
inline-no-orders-text = اكتب أرقام الطلبات بعد اسمي لمشاركة حالتها، مثل @{ $bot } 23501 23502
inline-format-title = ℹ️ رقم الطلب يُكتب بالأرقام فقط
inline-format-description = اكتب رقم طلب واحدًا أو أكثر، مثل 23501 23502
inline-format-text = ℹ️ رقم الطلب يُكتب بالأرقام فقط، مثل @{ $bot } 23501 23502. هذا ليس رقم طلب: { $tokens }
inline-unknown-title = ❔ لم يُعثر على الطلب { $id }
inline-unknown-description = لا تعرف اللوحة رقم الطلب هذا في حسابك.
inline-unknown-text = ❔ لا تعرف اللوحة الطلب { $id }. تحقق من الرقم وحاول مرة أخرى.
