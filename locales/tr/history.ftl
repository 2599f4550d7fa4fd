# /export: the chat's orders as CSV.
cmd-export = Bu sohbetin siparişlerini CSV dosyası olarak indir
history-export-caption = 📄 { $count } sipariş (id, tarih, hesap, hizmet, bağlantı, miktar, ücret, para birimi, durum, başlangıç sayısı, kalan).
