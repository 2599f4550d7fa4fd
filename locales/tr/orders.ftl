# Sipariş komutları: /status, /orders, /refill, /refills, /cancel ve sipariş butonları.

## Ortak
orders-invalid-ids = ⚠️ ID olmadığı için { $count } değer atlandı (ID'ler yalnızca rakamdan oluşur): { $tokens }
orders-invalid-more = ve { $count } tane daha
orders-too-many = { $count } ID gönderdiniz. Tek komutta en fazla { $max } ID alabiliyorum: lütfen parça parça gönderin.
orders-refreshed = Güncellendi.

## Tek bir ID'nin kısa sonucu
orders-item-unknown-order = ❓ bu hesapta bulunamadı
orders-item-unknown-refill = ❓ telafi bu hesapta bulunamadı
orders-item-unavailable = ⚠️ panel yanıt vermedi, daha sonra tekrar deneyin
orders-item-rate-limited = ⏳ panel istekleri sınırlıyor, bir dakika sonra tekrar deneyin
orders-item-unknown-outcome = ⚠️ panelden yanıt yok: işlem gerçekleşmiş olabilir, tekrar denemeden önce kontrol edin
orders-item-invalid-key = 🔑 panel API anahtarını reddetti
orders-item-refill-disabled = ⛔ bu serviste telafi kapalı
orders-item-refill-not-eligible = ⛔ (şu an) telafiye uygun değil
orders-item-refill-unsupported = ⛔ bu panel telafi sunmuyor
orders-item-cancel-disabled = ⛔ bu serviste iptal kapalı
orders-item-cancel-refused = ⛔ bu sipariş artık iptal edilemez
orders-item-cancel-unsupported = ⛔ bu panel sipariş iptali sunmuyor
orders-item-refused = ⛔ panel reddetti: { $detail }
orders-item-refused-plain = ⛔ panel reddetti
orders-item-error = ⚠️ bir hata oluştu, lütfen tekrar deneyin

## Sipariş kartı butonları
orders-button-refresh = 🔄 Yenile
orders-button-refill = 🔁 Telafi
orders-button-cancel = ✖️ Siparişi iptal et
orders-button-cancel-confirm = Evet, { $id } numaralı siparişi iptal et
orders-button-cancel-keep = Hayır, kalsın
orders-cancel-ask-one = { $id } numaralı sipariş iptal edilsin mi? Onaylamak için “Evet”e basın.

## /status
orders-status-usage =
    Komuttan sonra bir veya daha fazla sipariş ID'si gönderin, örneğin:
    <code>/status 23501</code>
    <code>/status 23501, 23502 23503</code>
    ID'leri boşluk, virgül veya yeni satırla ayırın (en fazla { $max }).
orders-status-unknown = ❓ <code>{ $id }</code> numaralı sipariş bu hesapta bulunamadı.
orders-status-header = 📋 { $count } siparişin durumu:

## /orders
orders-list-empty =
    Bu sohbette henüz takip edilen sipariş yok.
    /order ile sipariş verin ya da panelin sitesinden verdiğiniz siparişleri <code>/track ID</code> ile takip edin.
orders-list-title = 📋 <b>Siparişler</b> { $from }–{ $to } (toplam { $total })
orders-list-not-checked = 🕓 henüz kontrol edilmedi
orders-list-fresh = 🔄 Panelden az önce kontrol edildi.
orders-list-refresh-failed = Panelden kontrol edilemedi: { $reason }
orders-button-prev = ◀ Daha yeni
orders-button-next = Daha eski ▶
orders-button-refresh-page = 🔄 Yenile
orders-button-details = 📦 { $id }

## /refill ve /refills
orders-refill-usage =
    Telafi istediğiniz siparişlerin ID'lerini gönderin, örneğin:
    <code>/refill 23501</code> veya <code>/refill 23501 23502</code>
    Telafinin durumunu daha sonra <code>/refills TELAFI_ID</code> ile kontrol edin.
orders-refill-created = 🔁 telafi <code>{ $refill }</code> talep edildi
orders-refill-done-one = 🔁 { $id } numaralı sipariş için telafi talep edildi (telafi ID'si: { $refill }). /refills { $refill } ile kontrol edebilirsiniz.
orders-refill-failed-one = Sipariş { $id }: { $reason }
orders-refill-header = 🔁 { $count } sipariş için telafi talepleri:
orders-refill-summary = { $count } telafiden { $created } tanesi talep edildi. /refills ile kontrol edebilirsiniz.
orders-refills-usage =
    Komuttan sonra telafi ID'lerini gönderin, örneğin:
    <code>/refills 7</code> veya <code>/refills 7 8 9</code>
orders-refills-one = 🔁 <b>Telafi { $id }</b>
    { $status }
orders-refills-unknown = ❓ <code>{ $id }</code> numaralı telafi bu hesapta bulunamadı.
orders-refills-header = 🔁 { $count } telafinin durumu:

## /cancel
orders-cancel-usage =
    İptal etmek istediğiniz siparişlerin ID'lerini gönderin, örneğin:
    <code>/cancel 23501</code> veya <code>/cancel 23501 23502</code>
    Herhangi bir şey iptal edilmeden önce onayınızı isterim. (Adım adım bir işlem açıkken /cancel o işlemden çıkar.)
orders-cancel-confirm =
    { $count ->
        [one] Bu sipariş
       *[other] Bu { $count } sipariş
    } iptal edilsin mi? { $ids }
    Her servis iptal edilemez; her sipariş için kararı panel verir.
orders-cancel-yes = { $count ->
        [one] Evet, 1 siparişi iptal et
       *[other] Evet, { $count } siparişi iptal et
    }
orders-cancel-no = Hayır
orders-cancel-kept = Hiçbir şey iptal edilmedi.
orders-cancel-ok = ✅ iptal talep edildi
orders-cancel-done-one = ✅ { $id } numaralı sipariş için iptal talep edildi.
orders-cancel-failed-one = Sipariş { $id }: { $reason }
orders-cancel-header = ✖️ { $count } sipariş için iptal talepleri:
orders-list-account-gone = (hesabı artık bağlı değil)
