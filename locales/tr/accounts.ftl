cmd-accounts = Panel hesaplarınız: geçiş yap, yeniden adlandır, bağlantıyı kes
accounts-title = 👤 <b>Panel hesaplarınız</b> ({ $count })
accounts-title-group = 👤 <b>Bu grubun panel hesapları</b> ({ $count })
accounts-none = Henüz bağlı bir panel hesabınız yok. Aşağıdaki butonla veya /connect ile bir hesap ekleyin.
accounts-none-group = Bu gruba henüz bir panel hesabı bağlanmadı. Bir yönetici aşağıdaki butonla veya /connect ile hesap ekleyebilir.
accounts-balance = 💰 { $balance }
accounts-balance-unavailable = 💰 bakiye alınamadı: { $reason }
accounts-unreadable = ⚠️ yeniden bağlanması gerekiyor: anahtarını /connect ile tekrar bağlayın
accounts-active-hint = ✅ etkin hesabı gösterir: /balance, /services, /order, /status, /track, /refill ve /cancel bu hesabı kullanır. Bir sipariş, verildiği veya takibe alındığı hesaba bağlı kalır.
accounts-button-use = ▫️ Kullan: { $name }
accounts-button-active = ✅ { $name }
accounts-button-rename = ✏️ Yeniden adlandır
accounts-button-disconnect = ❌ Bağlantıyı kes
accounts-button-add = ➕ Hesap ekle
accounts-button-refresh = 🔄 Yenile
accounts-switched = Artık { $name } kullanılıyor.
accounts-rename-ask = ✏️ { $name } için yeni bir ad gönderin (en fazla { $max } karakter) ya da panelin adını yeniden göstermek için “-” gönderin.
accounts-renamed = ✅ Yeni ad: <b>{ $name }</b>. Bkz. /accounts.
accounts-rename-cleared = ✅ Hesap yeniden panelinin adıyla gösteriliyor. Bkz. /accounts.
accounts-rename-too-long = Lütfen 1 ile { $max } karakter arasında bir ad ya da “-” gönderin.
accounts-disconnect-confirm = <b>{ $name }</b> hesabının bağlantısı kesilsin mi? { $orders ->
    [0] Bu hesapla takip edilen sipariş yok.
    [one] Bu hesapla takip edilen sipariş artık takip edilmeyecek.
   *[other] Bu hesapla takip edilen { $orders } sipariş artık takip edilmeyecek.
}
accounts-disconnect-yes = ❌ Evet, bağlantıyı kes
accounts-disconnect-no = Kalsın
accounts-disconnected = ✅ <b>{ $name }</b> hesabının bağlantısı kesildi ve anahtarı silindi. { $orders ->
    [0] {""}
    [one] Takip edilen 1 sipariş artık takip edilmiyor.
   *[other] Takip edilen { $orders } sipariş artık takip edilmiyor.
}
accounts-too-many = Zaten { $max } hesabınız var: önce /accounts içinden birinin bağlantısını kesin.
accounts-now-active = Artık etkin hesabınız bu ({ $count } hesap bağlı): hesaplar arasında geçiş yapmak veya adlarını değiştirmek için /accounts.
accounts-found-on = { $name } hesabınızda bulundu.
accounts-order-account = 👤 { $name }
