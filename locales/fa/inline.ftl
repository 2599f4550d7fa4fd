# حالت اینلاین: @bot 23501 در هر چتی.
inline-connect-button = 🔑 اول حساب پنل خود را وصل کنید
inline-error-title = ⚠️ بررسی سفارش‌ها ممکن نشد
inline-no-orders-title = هنوز سفارش اخیری نیست
inline-no-orders-description = بعد از نام من شناسهٔ سفارش را بنویسید، مثلاً 23501
inline-no-orders-text = برای اشتراک‌گذاری وضعیت سفارش‌ها، بعد از نام من شناسهٔ آن‌ها را بنویسید، مثلاً @{ $bot } 23501 23502
inline-format-title = ℹ️ شناسهٔ سفارش فقط عدد است
inline-format-description = یک یا چند شناسهٔ سفارش بنویسید، مثلاً 23501 23502
inline-format-text = ℹ️ شناسهٔ سفارش فقط عدد است، مثلاً @{ $bot } 23501 23502. این شناسهٔ سفارش نیست: { $tokens }
inline-unknown-title = ❔ سفارش { $id } پیدا نشد
inline-unknown-description = پنل این شناسهٔ سفارش را در حساب شما نمی‌شناسد.
inline-unknown-text = ❔ پنل سفارش { $id } را نمی‌شناسد. شماره را بررسی کنید و دوباره امتحان کنید.
