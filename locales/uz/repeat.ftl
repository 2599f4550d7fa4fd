# Repeat, favourites and recent services.
orders-button-repeat = 🔂 Yana buyurtma berish
tracking-button-repeat = 🔂 Yana { $id }
repeat-unknown = { $id } buyurtmasi qaysi xizmatdan foydalanganini bilmayman (u men orqali berilmagan), shuning uchun uni takrorlay olmayman. /order dan foydalaning.
order-repeat-changed = ⚠️ O'sha buyurtmadan beri xizmat o'zgardi. Quyidagilarni qayta so'rayman:
order-repeat-field = • { $field }: { $problem }
order-repeat-ask-again = qayta tanlash kerak
order-shortlist-title = ⭐ Sevimli va yaqinda ishlatilgan xizmatlaringiz yuqorida.
order-shortlist-favourite = ⭐ { $price } · { $name }
order-shortlist-recent = 🕘 { $price } · { $name }
services-button-favourite = ⭐ Sevimlilarga qo'shish
services-button-unfavourite = ☆ Sevimlilardan olib tashlash
services-favourite-added = ⭐ Sevimlilarga qo'shildi: /order da birinchi chiqadi.
services-favourite-removed = Sevimlilardan olib tashlandi.
