# Satır içi mod: herhangi bir sohbette @bot 23501.
inline-connect-button = 🔑 Önce panel hesabınızı bağlayın
inline-error-title = ⚠️ Siparişler kontrol edilemedi
inline-no-orders-title = Henüz yakın tarihli sipariş yok
inline-no-orders-description = Adımdan sonra bir sipariş ID'si yazın, ör. 23501
inline-no-orders-text = Durumlarını paylaşmak için adımdan sonra sipariş ID'lerini yazın, ör. @{ $bot } 23501 23502
inline-format-title = ℹ️ Sipariş ID'leri yalnızca rakamdan oluşur
inline-format-description = Bir veya daha fazla sipariş ID'si yazın, ör. 23501 23502
inline-format-text = ℹ️ Sipariş ID'leri yalnızca rakamdan oluşur, ör. @{ $bot } 23501 23502. Şu bir sipariş ID'si değil: { $tokens }
inline-unknown-title = ❔ { $id } numaralı sipariş bulunamadı
inline-unknown-description = Panel, hesabınızda bu sipariş ID'sini tanımıyor.
inline-unknown-text = ❔ Panel { $id } numaralı siparişi tanımıyor. Numarayı kontrol edip tekrar deneyin.
