# Ortak kelimeler, butonlar ve hatalar.
button-cancel = ✖️ İptal
button-back = ⬅️ Geri
button-expired = Bu butonun süresi doldu. Lütfen baştan başlayın.
conversation-cancelled = İptal edildi. Hiçbir şey değiştirilmedi.
conversation-send-text = Lütfen bir metin mesajı gönderin ya da /cancel ile vazgeçin.
unknown-command = Bu komutu tanımıyorum. Neler yapabildiğimi /help ile görebilirsiniz.
start-hint = Neler yapabildiğimi görmek için /help gönderin.
error-generic = Benim tarafımda bir hata oluştu. Lütfen biraz sonra tekrar deneyin.

account-missing = Henüz bir panel hesabı bağlamadınız. API anahtarınızı eklemek için /connect gönderin.
account-missing-group = Bu grubun henüz bir panel hesabı yok. Bir grup yöneticisi /connect ile hesap bağlayabilir.

panel-error-invalid-key = Panel API anahtarını reddetti. /connect ile geçerli bir anahtar bağlayın.
panel-error-funds = Panel bakiyeniz yetersiz.
panel-error-unknown-order = Panel bu sipariş ID'sini tanımıyor.
panel-error-unknown-refill = Panel bu telafi ID'sini tanımıyor.
panel-error-rate-limited = Panel şu anda istekleri sınırlıyor. Lütfen bir dakika sonra tekrar deneyin.
panel-error-unavailable = Panele şu anda ulaşılamıyor. Lütfen daha sonra tekrar deneyin.
panel-error-unknown-outcome = Panel zamanında yanıt vermedi, bu yüzden sonucu bilmiyorum. Tekrar denemeden önce /orders veya /status ile kontrol edin.
panel-error-invalid-input = Panel isteği geçersiz bularak reddetti.
panel-error-invalid-input-detail = Panel isteği reddetti: { $detail }

# Komut menüsü
cmd-start = Botu başlat ve genel bakışı gör
cmd-help = Botun neler yapabildiğini gör
cmd-connect = Panel API anahtarını bağla
cmd-disconnect = Bağlı API anahtarını kaldır
cmd-balance = Panel bakiyesini göster
cmd-services = Servislere göz at veya servis ara
cmd-order = Yeni sipariş ver
cmd-orders = Siparişleri ve durumlarını gör
cmd-status = Sipariş ID'lerinin durumunu sorgula
cmd-refill = Siparişler için telafi talep et
cmd-refills = Telafi ID'lerinin durumunu sorgula
cmd-cancel = Siparişleri iptal et
cmd-track = Başka yerden verilen siparişleri takip et
cmd-untrack = Siparişlerin takibini bırak
cmd-settings = Bildirim ayarlarını değiştir
cmd-notifications = Grup bildirimlerini aç veya kapat
cmd-language = Dili değiştir
rate-limited = Biraz hızlı gidiyorsunuz. Lütfen bir sonraki istekten önce biraz bekleyin.
fallback-key-deleted = Bu bir API anahtarına benziyordu, güvende kalması için mesajınızı sildim. Anahtar bağlamak için önce /connect, ardından anahtarı gönderin.
