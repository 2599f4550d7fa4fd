# Inline rejim: istalgan chatda @bot 23501.
inline-connect-button = 🔑 Avval panel akkauntingizni ulang
inline-error-title = ⚠️ Buyurtmalarni tekshirib boʻlmadi
inline-no-orders-title = Hozircha soʻnggi buyurtmalar yoʻq
inline-no-orders-description = Mening nomimdan keyin buyurtma ID raqamini yozing, masalan 23501
inline-no-orders-text = Buyurtmalar holatini ulashish uchun mening nomimdan keyin ularning ID raqamlarini yozing, masalan @{ $bot } 23501 23502
inline-format-title = ℹ️ Buyurtma ID faqat raqamlardan iborat
inline-format-description = Bir yoki bir nechta buyurtma ID raqamini yozing, masalan 23501 23502
inline-format-text = ℹ️ Buyurtma ID faqat raqamlardan iborat, masalan @{ $bot } 23501 23502. Bu buyurtma ID emas: { $tokens }
inline-unknown-title = ❔ Buyurtma { $id } topilmadi
inline-unknown-description = Akkauntingizda bunday ID raqamli buyurtma yoʻq.
inline-unknown-text = ❔ Panelda { $id } raqamli buyurtma yoʻq. Raqamni tekshirib, qayta urinib koʻring.
