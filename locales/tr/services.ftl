# /services: servis kataloğu.
services-categories = 📚 <b>Servisler</b> · { $count } kategori. Birini seçin ya da /services METİN ile arayın.
services-page = { $page }/{ $pages }
services-category-title = 📂 <b>{ $category }</b> · { $count } servis
services-search-title = 🔎 “{ $query }” için sonuçlar: { $count }
services-line = <b>{ $id }</b> · { $name }
    { $rate } · { $min }–{ $max }
services-rate = 1000 adet başına { $rate }
services-rate-package = Paket başına { $rate }
services-card-title = 🛍 <b>{ $name }</b>
services-card-id = ID { $id } · { $category }
services-card-type = Tür: { $type }
services-card-rate = Fiyat: { $rate }
services-card-limits = Miktar: { $min } – { $max }
services-card-limits-per-post = Gönderi başına miktar: { $min } – { $max }
services-card-flags = Telafi: { $refill } · İptal: { $cancel } · Drip-feed: { $dripfeed }
services-card-average-time = ⏱ Ortalama süre: { $time }
services-yes = ✅
services-no = ❌
services-button-order = 🛒 Sipariş ver
services-button-categories = 📚 Tüm kategoriler
services-search-none = “{ $query }” ile eşleşen bir şey yok. Daha kısa ya da farklı bir kelime deneyin veya kategorilere göz atmak için /services gönderin.
services-stale = ♻️ Servis listesi o mesajdan bu yana değişti. Güncel liste aşağıda.
services-stale-alert = Servis listesi değişti. Güncel liste gösteriliyor.
services-not-found = Bu servis artık panelin listesinde yok.
services-empty = Panel şu anda hiç servis listelemiyor.
services-query-expired = Bu aramanın süresi doldu. /services METİN komutunu yeniden gönderin.
