# Mini App (issue 16): botun butonu ve menüsü ile uygulamanın tüm metinleri.
app-button-open = 🛍 Katalog
app-menu-button = Katalog
app-open-text = Kataloğa göz atın, sipariş verin ve siparişlerinizi uygulamada takip edin:
app-off = Uygulama bu botta etkin değil.
app-private-only = Uygulama benimle özel sohbette açılır.

app-tab-catalogue = Katalog
app-tab-orders = Siparişler
app-tab-account = Hesap
app-loading = Yükleniyor…
app-retry = Tekrar dene
app-back = Geri
app-close = Kapat

app-search-placeholder = Servislerde ara…
app-results = { $count ->
    [one] { $count } servis
   *[other] { $count } servis
}
app-no-results = Eşleşen servis yok.
app-filters = Filtreler
app-filters-reset = Sıfırla
app-filter-platform = Platformlar
app-filter-type = Tür
app-filter-all = Tümü
app-filter-refill = Telafi
app-filter-dripfeed = Kademeli gönderim
app-filter-price-min = En düşük fiyat
app-filter-price-max = En yüksek fiyat
app-sort = Sırala
app-sort-default = Panel sırası
app-sort-price-asc = Fiyat: düşükten yükseğe
app-sort-price-desc = Fiyat: yüksekten düşüğe
app-platform-other = Diğer

app-rate-per-1000 = 1000 adet başına { $rate }
app-rate-package = Paket başına { $rate }
app-rate-subscription = Gönderi başına 1000 adet için { $rate }
app-limits = { $min }–{ $max } adet
app-flag-refill = ♻️ Telafi
app-flag-cancel = ✖️ İptal
app-flag-dripfeed = 💧 Kademeli gönderim

app-service-id = Servis { $id }
app-service-category = Kategori
app-service-type = Tür
app-service-rate = Fiyat
app-service-limits = Min–maks
app-service-time = Ortalama süre
app-service-time-unknown = panel belirtmemiş
app-service-description = Açıklama
app-service-order = Bu servisi sipariş et

app-form-title = Yeni sipariş
app-form-lines-hint = Her satıra bir tane
app-form-choose = Seçin…
app-form-optional = isteğe bağlı
app-form-dripfeed = Kademeli gönderim (drip-feed, seferlere böl)
app-form-total = Toplam: { $total }
app-form-price = Fiyat
app-form-price-max = Fiyat (en fazla)
app-form-price-unknown = Fiyatı görmek için alanları doldurun
app-form-balance = Bakiye
app-form-balance-unknown = bilinmiyor
app-form-balance-low = Bakiyeniz fiyattan düşük.
app-form-confirm = Siparişi onayla · { $price }
app-form-confirm-plain = Siparişi onayla
app-form-fix = Lütfen kırmızıyla işaretlenen alanları düzeltin.
app-form-sending = Sipariş veriliyor…

app-error-required = Bu alan zorunludur.
app-error-link = Bu geçerli bir link değil.
app-error-number = Bir tam sayı girin.
app-error-range = { $min } ile { $max } arasında bir sayı girin.
app-error-too-small = En az { $min } girin.
app-error-lines-range = { $min } ile { $max } arasında satır girin (şu an { $count }).
app-error-one-line = Tek bir satır girin.
app-error-date = Geçmişte olmayan bir tarih girin (gün/ay/yıl).
app-error-choice = Seçeneklerden birini seçin.
app-error-max-below-min = En yüksek değer en düşük değerden küçük olamaz.
app-error-not-supported = Bu servis bunu sunmuyor.
app-error-invalid = Bu değer geçerli değil.

app-result-placed = ✅ { $id } numaralı sipariş verildi
app-result-price = Fiyat: { $price }
app-result-tracked = Sipariş panonuzda yer alıyor; durumu değiştiğinde sohbette size haber verilecek.
app-result-unknown = ⚠️ Panel zamanında yanıt vermedi, bu yüzden sonuç bilinmiyor. Tekrar denemeden önce siparişlerinizi kontrol edin.
app-result-failed = ❌ Sipariş verilemedi: { $reason }
app-result-view-orders = Siparişlerimi gör
app-result-new = Başka sipariş ver

app-panel-invalid-key = panel API anahtarını reddetti (sohbette /connect ile geçerli bir anahtar bağlayın)
app-panel-funds = panel bakiyeniz yetersiz
app-panel-invalid-input = panel siparişi geçersiz bularak reddetti
app-panel-service = panel artık bu servisi sunmuyor
app-panel-link = panel linki reddetti
app-panel-quantity = panel miktarı reddetti
app-panel-active-order = bu link için zaten etkin bir sipariş var
app-panel-rate-limited = panel istekleri sınırlıyor; bir dakika sonra tekrar deneyin
app-panel-unavailable = panele şu anda ulaşılamıyor
app-panel-no-account = bağlı bir panel hesabı yok (sohbette /connect gönderin)
app-panel-error = bir hata oluştu; lütfen tekrar deneyin

app-error-auth = Oturumunuzun süresi doldu. Uygulamayı kapatıp sohbetten yeniden açın.
app-error-rate = Çok fazla istek. Biraz bekleyip tekrar deneyin.
app-error-price-changed = Fiyat { $price } olarak değişti. Kontrol edip yeniden onaylayın.
app-error-network = Bağlantı başarısız oldu. Sipariş formunuz korundu: tekrar deneyin.
app-error-no-account = Henüz bir panel hesabı bağlamadınız. Sohbette bota /connect gönderin.
app-error-generic = Bir hata oluştu. Lütfen tekrar deneyin.

app-orders-empty = Henüz sipariş yok. Burada veya sohbette verdiğiniz siparişler bu panoda görünür.
app-orders-refresh = Yenile
app-orders-filter-all = Tümü
app-orders-filter-active = Etkin
app-orders-filter-done = Bitenler
app-orders-order = Sipariş { $id }
app-orders-charge = Ücret { $charge }
app-orders-remains = { $remains } kaldı
app-orders-progress = { $done } / { $quantity }
app-orders-status-unknown = Henüz kontrol edilmedi
app-orders-repeat = Tekrarla
app-orders-refill = Telafi
app-orders-cancel = İptal
app-orders-cancel-confirm = { $id } numaralı sipariş iptal edilsin mi?
app-orders-refill-done = Telafi { $id } talep edildi.
app-orders-cancel-done = { $id } numaralı sipariş için iptal talep edildi.
app-orders-action-failed = Yapılamadı: { $reason }
app-orders-updated = Güncellendi

app-account-title = Panel hesabınız
app-account-panel = Panel adı
app-account-currency = Para birimi
app-account-balance = Bakiye
app-account-active = Etkin
app-account-none = Bağlı bir panel hesabı yok. Sohbette bota /connect gönderin.
cmd-app = Katalog uygulamasını aç
