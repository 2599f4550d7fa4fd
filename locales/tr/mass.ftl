# /mass: many orders at once.
cmd-mass = Tek seferde çok sipariş (her satırda hizmet | bağlantı | miktar)
mass-usage =
    📑 <b>Toplu sipariş</b>: her satıra bir sipariş olacak şekilde en fazla { $max } satır gönderin:
    <code>hizmet | bağlantı | miktar</code>
    örneğin <code>1448 | https://instagram.com/p/abc | 1000</code>. Boşluk, virgül veya noktalı virgül de olur. Her satırı kontrol edip hiçbir şey sipariş edilmeden önce toplamı gösteririm.
mass-reason-format = beklenen: hizmet | bağlantı | miktar
mass-reason-unknown-service = bu panelde { $id } hizmeti yok
mass-reason-needs-fields = { $type } türü hizmet daha fazla bilgi ister: /order kullanın
mass-reason-bad-link = bağlantı doğru görünmüyor
mass-reason-bad-quantity = miktar tam sayı değil
mass-reason-quantity-range = miktar { $min }–{ $max } olmalı
mass-reason-invalid = panel bu satırı kabul etmez
mass-preview-title = 📑 <b>Toplu sipariş</b> · { $valid } hazır, { $refused } reddedildi
mass-line-ok = ✅ { $n }. <code>{ $id }</code> · { $quantity } · { $link } · { $price }
mass-line-refused = ❌ { $n }. { $text } — { $reason }
mass-preview-total = 💵 Toplam: <b>{ $price }</b>
mass-over = ⚠️ { $count } satır daha yok sayıldı (en fazla { $max }).
mass-none-valid = Hiçbir satır sipariş edilemiyor. Düzeltip /mass komutunu yeniden gönderin.
mass-button-confirm = ✅ { $count } sipariş ver
mass-progress = ⏳ Siparişler veriliyor: { $count } içinden { $done }…
mass-progress-resumed = ⏳ Devam ediliyor: gönderilmiş satırlar yeniden gönderilmez ({ $count } satır)…
mass-progress-done = ✅ Bitti: { $count } siparişten { $placed } tanesi verildi.
mass-result-title = 📑 <b>Toplu sipariş sonucu</b> · { $count } satırdan { $placed } verildi
mass-result-placed = { $n }. ✅ sipariş <code>{ $id }</code>
mass-result-refused = { $n }. ❌ { $reason }
mass-result-failed = { $n }. ❌ verilmedi: { $reason }
mass-result-unknown = { $n }. ❓ panel yanıt vermedi — yeniden sipariş vermeden önce /orders kontrol edin
mass-result-not-sent = { $n }. ⏸ gönderilmedi
mass-already-confirmed = Bu siparişler zaten veriliyor.
mass-already-done = Zaten verildi; hiçbir şey yeniden gönderilmedi. Sonuç burada.
mass-cancelled = Toplu sipariş iptal edildi. Hiçbir şey sipariş edilmedi.
