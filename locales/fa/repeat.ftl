# Repeat, favourites and recent services.
orders-button-repeat = 🔂 سفارش دوباره
tracking-button-repeat = 🔂 دوباره { $id }
repeat-unknown = نمی‌دانم سفارش { $id } از کدام سرویس بوده (از طریق من ثبت نشده)، پس نمی‌توانم آن را تکرار کنم. از /order استفاده کنید.
order-repeat-changed = ⚠️ از آن سفارش تا حالا سرویس تغییر کرده است. دوباره می‌پرسم:
order-repeat-field = • { $field }: { $problem }
order-repeat-ask-again = باید دوباره انتخاب شود
order-shortlist-title = ⭐ سرویس‌های محبوب و اخیر شما در بالا هستند.
order-shortlist-favourite = ⭐ { $price } · { $name }
order-shortlist-recent = 🕘 { $price } · { $name }
services-button-favourite = ⭐ افزودن به محبوب‌ها
services-button-unfavourite = ☆ حذف از محبوب‌ها
services-favourite-added = ⭐ به محبوب‌ها اضافه شد: در /order اول نمایش داده می‌شود.
services-favourite-removed = از محبوب‌ها حذف شد.
