# /order: sipariş sihirbazı.
order-usage = Servisi adım adım seçmek için /order, bir servisi ID'siyle sipariş etmek için /order ID gönderin.
order-choose-category = 🛒 <b>Yeni sipariş</b> · bir kategori seçin ({ $count }) ya da servislerde aramak için bir kelime yazın.
order-choose-service = Bir servis seçin ya da aramak için bir kelime yazın.
order-button-categories = ⬅️ Kategoriler
order-no-services = Panel şu anda hiç servis listelemiyor, bu yüzden sipariş verilebilecek bir şey yok.
order-use-buttons = Lütfen yukarıdaki butonları kullanın ya da /cancel ile vazgeçin.
order-search-none = “{ $query }” ile eşleşen bir şey yok. Başka bir kelime yazın ya da yukarıdan bir kategori seçin.
order-old-step = Bu buton önceki bir adıma ait. Lütfen son soruyu yanıtlayın.
order-service-gone = Bu servis artık panelde sunulmuyor. Lütfen başka bir servis seçin.
order-service-chosen =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · miktar { $min }–{ $max }
order-service-chosen-per-post =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · gönderi başına miktar { $min }–{ $max }
order-service-refused = Panel şu anda bu servis için sipariş kabul etmiyor. /order ile başka bir servis seçin.

# Sorular
order-ask-link = 🔗 Linki gönderin (örneğin { $example }).
order-ask-quantity = 🔢 Kaç adet? { $min } ile { $max } arasında bir sayı gönderin.
order-ask-runs = 💧 Kaç seferde gönderilsin? (tam sayı, ör. 5)
order-ask-interval = ⏱ Seferler arasında kaç dakika olsun? (tam sayı, ör. 30)
order-ask-keywords = 🔑 Anahtar kelimeleri her satıra bir tane olacak şekilde gönderin.
order-ask-comments = 💬 Yorumları her satıra bir tane olacak şekilde gönderin.
order-ask-comments-count = 💬 Yorumları her satıra bir tane olacak şekilde gönderin: en az { $min }, en fazla { $max } satır. Miktar, satır sayısı kadardır.
order-ask-usernames = 👤 Kullanıcı adlarını her satıra bir tane olacak şekilde gönderin.
order-ask-usernames-count = 👤 Kullanıcı adlarını her satıra bir tane olacak şekilde gönderin: en az { $min }, en fazla { $max } satır. Miktar, satır sayısı kadardır.
order-ask-hashtags = #️⃣ Hashtag'leri her satıra bir tane olacak şekilde gönderin.
order-ask-hashtag = #️⃣ Hashtag'i gönderin.
order-ask-username = 👤 Kullanıcı adını gönderin.
order-ask-media = 🖼 Beğenenleri etiketlenecek (mention) gönderinin linkini gönderin.
order-ask-answer-number = 🗳 Oylar hangi seçeneğe gitsin? Seçeneğin sıra numarasını gönderin (ilk seçenek için 1).
order-ask-groups = 👥 Üyelerin davet edileceği grupları her satıra bir tane olacak şekilde gönderin.
order-ask-min = ⬇️ Gönderi başına en az kaç? { $min } ile { $max } arasında bir sayı gönderin.
order-ask-max = ⬆️ Gönderi başına en fazla kaç? { $min } ile { $max } arasında, en az değerden küçük olmayan bir sayı gönderin.
order-ask-posts = 📝 Kaç yeni gönderi için? Bir sayı gönderin ya da sınırsız için atlayın.
order-ask-old-posts = 🗂 Mevcut gönderilerden kaç tanesine de uygulansın? Bir sayı gönderin (hiçbiri için 0) ya da atlayın.
order-ask-delay = ⏳ Yeni gönderi paylaşıldıktan sonra ne kadar beklensin?
order-ask-expiry = 📅 Ne zamana kadar? Tarihi gün/ay/yıl şeklinde gönderin (ör. 31/12/2026) ya da atlayın.
order-ask-country = 🌍 Trafik hangi ülkeden gelsin? (ör. United States veya US)
order-ask-device = 💻 Hangi cihazlar?
order-ask-traffic-type = 🚦 Hangi trafik türü?
order-ask-google-keyword = 🔎 Ziyaretçiler Google'da hangi anahtar kelimeyi arasın?
order-ask-referring-url = 🔗 Yönlendiren URL'yi gönderin (ziyaretçilerin geldiği sayfa).
order-ask-dripfeed = 💧 Bu sipariş zamana yayılarak mı gönderilsin (drip-feed)?

# Alan adları
order-field-link = Link
order-field-quantity = Miktar
order-field-runs = Sefer sayısı
order-field-interval = Aralık (dakika)
order-field-keywords = Anahtar kelimeler
order-field-comments = Yorumlar
order-field-usernames = Kullanıcı adları
order-field-hashtags = Hashtag'ler
order-field-hashtag = Hashtag
order-field-username = Kullanıcı adı
order-field-media = Gönderi linki
order-field-answer-number = Seçenek numarası
order-field-groups = Gruplar
order-field-min = Gönderi başına en az
order-field-max = Gönderi başına en fazla
order-field-posts = Yeni gönderiler
order-field-old-posts = Eski gönderiler
order-field-delay = Gecikme
order-field-expiry = Bitiş tarihi
order-field-country = Ülke
order-field-device = Cihaz
order-field-traffic-type = Trafik türü
order-field-google-keyword = Google anahtar kelimesi
order-field-referring-url = Yönlendiren URL
order-field-dripfeed = Drip-feed

# Seçenekler
order-delay-none = Gecikme yok
order-delay-minutes = { $n } dk
order-device-desktop = 🖥 Masaüstü
order-device-android = 🤖 Android
order-device-ios = 🍏 iOS
order-device-mixed-mobile = 📱 Karışık mobil
order-device-mixed = 🔀 Karışık
order-traffic-google = 🔎 Google anahtar kelimesi
order-traffic-referrer = 🔗 Özel yönlendiren
order-traffic-blank = ⬜ Boş yönlendiren
order-button-skip = ⏭ Atla
order-button-drip-yes = 💧 Evet, drip-feed
order-button-drip-no = Hepsi bir kerede
order-skipped = { $field }: atlandı
order-chosen = { $field }: { $value }
order-dripfeed-yes = 💧 Drip-feed: evet
order-dripfeed-no = Drip-feed: hayır, hepsi bir kerede

# Yanıttaki sorunlar
order-send-again = Lütfen yeniden gönderin ya da /cancel ile vazgeçin.
order-error-link = ❌ Bu geçerli bir link değil. https://instagram.com/p/abc123 gibi tam bir link gönderin.
order-error-number = ❌ Lütfen yalnızca rakamlardan oluşan bir tam sayı gönderin (örneğin 1000).
order-error-too-big = ❌ Bu sayı çok büyük.
order-error-quantity-range = ❌ Miktar { $min } ile { $max } arasında olmalı.
order-error-lines-range = ❌ { $count } satır gönderdiniz; bu servis için { $min } ile { $max } arasında satır gerekiyor (her satıra bir tane).
order-error-lines-empty = ❌ Lütfen en az bir satır gönderin.
order-error-range = ❌ Sayı { $min } ile { $max } arasında olmalı.
order-error-max-below-min = ❌ En fazla değer, en az değerden ({ $min }) küçük olamaz.
order-error-too-small = ❌ Sayı en az { $min } olmalı.
order-error-one-line = ❌ Lütfen tek bir satır gönderin.
order-error-date = ❌ Lütfen geçmişte olmayan bir tarihi gün/ay/yıl şeklinde gönderin (örneğin 31/12/2026).
order-error-choice = ❌ Lütfen butonlardan birini seçin.
order-error-empty = ❌ Bu alan boş olamaz.
order-error-invalid = ❌ “{ $field }” geçerli değil.
order-recheck = Bazı yanıtlar artık birbiriyle uyuşmuyor, bu yüzden tekrar soracağım: { $fields }.

# Özet
order-summary-title = 🧾 <b>Lütfen siparişinizi kontrol edin</b>
order-summary-service = Servis: <b>{ $name }</b> (ID { $id })
order-summary-field = { $label }: { $value }
order-summary-lines = { $count } satır
order-summary-more = … ve { $count } tane daha
order-number = { $n }
order-summary-drip = Drip-feed: { $runs } sefer, her { $interval } dakikada bir
order-summary-total = Toplam miktar: { $total }
order-summary-price = 💵 Tutar: <b>{ $price }</b>
order-summary-price-max = 💵 Tutar: en fazla <b>{ $price }</b> (gönderi başına ücretlendirilir)
order-summary-price-per-post = 💵 Tutar: gönderi başına en fazla <b>{ $price }</b>
order-summary-price-unknown = 💵 Tutar: panel tarafından belirlenir
order-summary-balance = 💰 Bakiye: { $balance }
order-summary-balance-low = ⚠️ Bakiyeniz tutardan düşük. Önce panelde bakiye yükleyin, aksi halde panel siparişi reddeder.
order-summary-balance-unknown = ⚠️ Bakiyenizi kontrol edemedim: { $reason }
order-button-confirm = ✅ Onayla
order-button-change = ✏️ Değiştir
order-change-which = Hangi bilgiyi değiştirmek istiyorsunuz?
order-confirm-hint = Lütfen özetin altındaki ✅ Onayla, ✏️ Değiştir veya ✖️ İptal butonlarından birine basın.

# Sonuç
order-placed = ✅ Sipariş { $id } verildi · { $price }
order-placed-no-price = ✅ Sipariş { $id } verildi.
order-placed-next = Durumu değiştiğinde size haber vereceğim. Siparişlerinizi /orders listeler, bu siparişi /status { $id } ile kontrol edebilirsiniz.
order-unknown-outcome = ⚠️ Panel siparişi onaylamadı, bu yüzden verilip verilmediğini bilmiyorum. Siparişi tekrar göndermeyeceğim. Yeniden sipariş vermeden önce bir dakika bekleyip /orders veya /status ile (ya da panelin sitesinden) kontrol edin.
order-failed-fix = Sipariş verilmedi. Bir bilgiyi değiştirip tekrar onaylayın ya da /cancel ile vazgeçin.
order-already-placed = Sipariş { $id } zaten verildi. Siparişlerinizi /orders listeler.
order-already-unknown = Bu sipariş zaten gönderildi, ancak sonucu bilinmiyor. Yeniden sipariş vermeden önce /orders veya /status ile kontrol edin.
order-already-failed = Bu özetle sipariş verilmedi. En son özeti kullanın ya da /order ile baştan başlayın.
order-wizard-expired = Bu sipariş formu artık geçerli değil. /order ile baştan başlayın.
