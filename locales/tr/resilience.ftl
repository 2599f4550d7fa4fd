# Resilience: unreadable secrets, slow panels, unknown placements, catalogue sanity.
account-unreadable = 🔑 Panel hesabınızın yeniden bağlanması gerekiyor: kayıtlı API anahtarını artık okuyamıyorum (botun şifreleme anahtarı değiştirildi). /connect gönderin ve anahtarı yeniden ekleyin.
account-unreadable-group = 🔑 Bu grubun panel hesabının yeniden bağlanması gerekiyor: kayıtlı API anahtarını artık okuyamıyorum (botun şifreleme anahtarı değiştirildi). Bir grup yöneticisi /connect ile yeniden bağlayabilir.
conversation-state-lost = Yarım kalan adımınız bot güncellemesinden sonra kayboldu, bu yüzden onu kapattım. Panele hiçbir şey gönderilmedi; lütfen yeniden başlayın.
budget-still-waiting = ⏳ Panel yavaş yanıt veriyor — hâlâ bekliyorum… (/cancel beklemeyi durdurur)
budget-wait-cancelled = Paneli beklemeyi bıraktım. Hiçbir şey değiştirilmedi.
services-card-unavailable = ⚠️ Bu hizmet kullanılamıyor: panel onu imkânsız limitler veya fiyatla listeliyor, bu yüzden buradan sipariş edilemez.
placement-unknown-notice =
    ⚠️ <b>Bir sipariş verilmiş olabilir</b>
    Bu siparişi { $panel } paneline gönderirken yeniden başlatıldım, bu yüzden panelin onu alıp almadığını bilmiyorum. Panelin API'si siparişleri listeleyemez: lütfen { $panel } sitesindeki siparişler sayfasına bakın. Sipariş oradaysa “ID ile takip et”e dokunup ID'sini gönderin; yoksa “Kapat”a dokunun.
placement-details =
    ❓ <b>{ $service }</b> (#{ $id })
    Bağlantı: { $link }
    Miktar: { $quantity }
placement-unknown-title = ❓ <b>Sonuç bilinmiyor</b> — bu siparişler verilmiş olabilir (panelin sitesinden kontrol edin):
placement-button-track = 🔎 ID ile takip et
placement-button-dismiss = ✖️ Kapat
placement-dismissed = Kapatıldı: artık listelenmiyor.
placement-track-ask = Bu mesajı { $panel } sitesindeki siparişler sayfasında yazan sipariş ID'siyle yanıtlayın.
placement-track-bad-id = Lütfen tek bir sipariş ID'siyle yanıtlayın (yalnızca rakam).
placement-track-unknown-id = Panel { $id } numaralı siparişi tanımıyor. ID'yi panelin sitesinden kontrol edip yeniden yanıtlayın.
placement-tracked = ✅ { $id } numaralı sipariş artık takip ediliyor ({ $status }): /orders listesinde görünür ve durumu değişince size haber veririm.
