# Repeat, favourites and recent services.
orders-button-repeat = 🔂 Tekrar sipariş ver
tracking-button-repeat = 🔂 Tekrar { $id }
repeat-unknown = { $id } numaralı siparişin hangi hizmeti kullandığını bilmiyorum (benim üzerimden verilmedi), bu yüzden tekrarlayamam. /order kullanın.
order-repeat-changed = ⚠️ O siparişten bu yana hizmet değişti. Şunları yeniden soracağım:
order-repeat-field = • { $field }: { $problem }
order-repeat-ask-again = yeniden seçilmeli
order-shortlist-title = ⭐ Favori ve son kullandığınız hizmetler en üstte.
order-shortlist-favourite = ⭐ { $price } · { $name }
order-shortlist-recent = 🕘 { $price } · { $name }
services-button-favourite = ⭐ Favorilere ekle
services-button-unfavourite = ☆ Favorilerden çıkar
services-favourite-added = ⭐ Favorilere eklendi: /order içinde ilk sırada.
services-favourite-removed = Favorilerden çıkarıldı.
