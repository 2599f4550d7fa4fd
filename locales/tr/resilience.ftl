# Resilience: unreadable secrets, slow panels, unknown placements, catalogue sanity.
account-unreadable = 🔑 Panel hesabınızın yeniden bağlanması gerekiyor: kayıtlı API anahtarını artık okuyamıyorum (botun şifreleme anahtarı değiştirildi). /connect gönderin ve anahtarı yeniden ekleyin.
account-unreadable-group = 🔑 Bu grubun panel hesabının yeniden bağlanması gerekiyor: kayıtlı API anahtarını artık okuyamıyorum (botun şifreleme anahtarı değiştirildi). Bir grup yöneticisi /connect ile yeniden bağlayabilir.
conversation-state-lost = Yarım kalan adımınız bot güncellemesinden sonra kayboldu, bu yüzden onu kapattım. Panele hiçbir şey gönderilmedi; lütfen yeniden başlayın.
budget-still-waiting = ⏳ Panel yavaş yanıt veriyor — hâlâ bekliyorum… (/cancel beklemeyi durdurur)
budget-wait-cancelled = Paneli beklemeyi bıraktım. Hiçbir şey değiştirilmedi.
services-card-unavailable = ⚠️ Bu hizmet kullanılamıyor: panel onu imkânsız limitler veya fiyatla listeliyor, bu yüzden buradan sipariş edilemez.
