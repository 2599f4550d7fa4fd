start-welcome = 👋 Merhaba { $name }! SMM panel hesabınızı Telegram'dan yönetiyorum: bakiye, servisler, siparişler, telafiler ve iptaller. Bir siparişin durumu değiştiğinde de size haber veriyorum.
start-next-connect = Önce panelinizin API anahtarını /connect ile bağlayın (anahtarı panelin API sayfasında bulabilirsiniz). Ardından /balance, /services veya /order komutlarını deneyin. Tüm komutların listesi: /help.
start-connected = { $panel } panelindeki hesabınız bağlı. /balance, /services, /order veya /orders komutlarını deneyin. Tüm komutların listesi: /help.
start-group = 👋 Merhaba! Bu grubun SMM panel siparişlerini takip etmesine yardımcı oluyorum. Bir yönetici /connect ile bir panel hesabı bağlayabilir; komutların listesi: /help.

connect-choose-panel = Hesabınız hangi panelde?
connect-panel-chosen = Seçilen panel: { $panel }
connect-ask-key = 🔑 { $panel } için API anahtarınızı gönderin. Anahtarı panelin API sayfasında bulabilirsiniz. Mesajınızı okur okumaz sileceğim ve anahtarı şifreli olarak saklayacağım.
connect-ask-key-group = 🔑 “{ $group }” grubunun kullanacağı { $panel } API anahtarını gönderin. Mesajınızı okur okumaz sileceğim ve anahtarı şifreli olarak saklayacağım. Grup üyeleri anahtarı hiçbir zaman görmez.
connect-key-malformed = Bu bir API anahtarına benzemiyor (boşluksuz tek bir kelime olmalı). Lütfen anahtarı yeniden gönderin ya da /cancel ile vazgeçin.
connect-key-rejected = ❌ Panel bu anahtarı kabul etmedi. Panelin API sayfasından kontrol edip yeniden gönderin ya da /cancel ile vazgeçin. Anahtar kaydedilmedi.
connect-try-again = Tekrar denemek için anahtarı yeniden gönderin ya da /cancel ile vazgeçin. Anahtar kaydedilmedi.
connect-done = ✅ { $panel } paneline bağlandınız. Bakiye: { $balance }.
connect-done-group = ✅ “{ $group }” grubu artık { $panel } paneline bağlı. Bakiye: { $balance }.
disconnect-done = API anahtarınız kaldırıldı. İstediğiniz zaman /connect ile yeniden bağlanabilirsiniz.
disconnect-done-group = Grubun API anahtarı kaldırıldı.
disconnect-none = Bağlı bir API anahtarı yok.

balance = 💰 { $panel } panelindeki bakiye: { $balance }

language-choose = Bir dil seçin:
language-set = ✅ Dil Türkçe olarak ayarlandı.
