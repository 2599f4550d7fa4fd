# Sipariş takibi: /track, /untrack, /settings ve durum değişikliği bildirimleri.

## Bildirimler (HTML)
tracking-notify-title = 🔔 <b>Sipariş güncellemeleri: { $count }</b>
tracking-notify-progress = 📈 İlerleme güncellemesi
tracking-notify-part = { $parts } mesajdan { $part }. mesaj
tracking-notify-open-orders = Hepsini görmek ve yönetmek için /orders gönderin.
tracking-refill-card = ♻️ <b>Telafi { $id }</b> · sipariş { $order }
tracking-button-refresh = 🔄 { $id }
tracking-button-refill = 🔁 Telafi { $id }
tracking-button-cancel = ✖️ İptal { $id }
tracking-button-refill-refresh = 🔄 Telafi { $id }
tracking-reconnect-rejected = ⚠️ { $panel } paneli bağlı API anahtarını artık kabul etmiyor (anahtar değiştirilmiş ya da iptal edilmiş veya hesap askıya alınmış), bu yüzden bu anahtarla kontrol ettiğim siparişlerin takibini durdurdum. /connect ile geçerli bir anahtar bağlayın, takip devam edecek.
tracking-reconnect-undecryptable = ⚠️ { $panel } paneli için kayıtlı API anahtarını artık okuyamıyorum (botun şifreleme anahtarı değiştirilmiş), bu yüzden bu anahtarla kontrol ettiğim siparişlerin takibini durdurdum. Anahtarı /connect ile yeniden bağlayın, takip devam edecek.

## /track ve /untrack
tracking-track-usage =
    Panelin sitesinden verdiğiniz siparişlerin ID'lerini gönderin, durumları değiştiğinde size haber vereyim:
    <code>/track 23501</code>
    <code>/track 23501, 23502 23503</code>
    Tek seferde en fazla { $max } ID. Takibi /untrack ID ile bırakabilirsiniz.
tracking-untrack-usage =
    Takibini bırakmak istediğiniz siparişlerin ID'lerini gönderin, örneğin:
    <code>/untrack 23501 23502</code>
tracking-too-many = { $count } ID gönderdiniz. Tek komutta en fazla { $max } ID alabiliyorum: lütfen parça parça gönderin.
tracking-not-ids = ⚠️ Sipariş ID'si değil (ID'ler yalnızca rakamdan oluşur): { $tokens }
tracking-track-title = <b>Takip</b>
tracking-untrack-title = <b>Takibi bırak</b>
tracking-item-tracked = ✅ <code>{ $id }</code> — { $status }: durumu değiştiğinde size haber vereceğim.
tracking-item-tracked-final = ☑️ <code>{ $id }</code> — { $status }: zaten sonuçlanmış; /orders listesine eklendi ama takip edilmiyor.
tracking-item-already = ℹ️ <code>{ $id }</code> burada zaten takip ediliyor.
tracking-item-unknown = ❓ <code>{ $id }</code> — bu hesapta bulunamadı, takip edilmiyor.
tracking-item-unavailable = ⚠️ <code>{ $id }</code> — panel yanıt vermedi, takip edilmiyor. Lütfen daha sonra tekrar deneyin.
tracking-item-error = ⚠️ <code>{ $id }</code> — kontrol edilemedi ({ $reason }), takip edilmiyor.
tracking-item-untracked = ✅ <code>{ $id }</code> — artık takip edilmiyor.
tracking-item-not-tracked = ℹ️ <code>{ $id }</code> — burada takip edilmiyordu.

## /settings
tracking-settings-title =
    ⚙️ <b>Ayarlar</b>
    Bildirimler, takip edilen bir siparişin durumu değiştiğinde size haber verir. İlerleme güncellemeleri ayrıca başlangıç sayısı veya kalan miktar değiştiğinde de haber verir.
tracking-settings-notifications-on = 🔔 Bildirimler: açık
tracking-settings-notifications-off = 🔕 Bildirimler: kapalı
tracking-settings-progress-on = 📈 İlerleme güncellemeleri: açık
tracking-settings-progress-off = 📉 İlerleme güncellemeleri: kapalı
tracking-settings-saved = Kaydedildi.
tracking-settings-private-only = Gruplarda yöneticiler /notifications on veya /notifications off komutunu kullanır. Kendi ayarlarınız (/settings) için özel sohbetimizi açın.
