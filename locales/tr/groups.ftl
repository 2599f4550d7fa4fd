# Gruplar: tanıtım, yalnızca yöneticilere açık işlemler, grubun panel hesabını bağlama, bildirimler.
groups-intro =
    👋 Merhaba, ben @{ $bot }! Bu grubun SMM panel siparişlerini takip etmesine yardımcı oluyorum.
    Yöneticiler: grubun panel hesabını /connect ile bağlayın (API anahtarı burada değil, özel sohbette gönderilir), ardından /order, /balance, /track, /refill, /cancel, /notifications on|off ve /language komutlarını kullanın.
    Herkes: /status ID, /orders, /refills ID ve /help.
groups-admins-only = 🔒 Üzgünüm, burada { $command } komutunu yalnızca grup yöneticileri kullanabilir.
groups-button-admins-only = 🔒 Bu buton grup yöneticileri içindir.
groups-button-not-yours = ✋ Bu işlemi başka bir kullanıcı başlattı. Gerekirse kendiniz yeni bir tane başlatın.
groups-connect-link = 🔐 Güvenlik nedeniyle gruplarda API anahtarı istemem. Bu grubun panel hesabını özel sohbetimizde bağlamak için butona dokunun. Bağlantı yalnızca grup yöneticileri için çalışır ve bir saat sonra geçersiz olur.
groups-connect-button = 🔐 Özel sohbette bağla
groups-link-invalid = Bu bağlantı geçerli değil. Yeni bir bağlantı almak için grupta tekrar /connect gönderin.
groups-link-expired = Bu bağlantının süresi doldu. Yeni bir bağlantı almak için grupta tekrar /connect gönderin.
groups-link-not-admin = O grubun panel hesabını yalnızca grubun yöneticileri bağlayabilir.
groups-link-no-access = O gruba artık erişemiyorum. Beni gruba yeniden ekleyin, ardından orada /connect gönderin.
groups-unnamed = grubunuz
groups-linked-notice = 🔗 { $admin } bu grubu { $panel } panelindeki bir hesaba bağladı. API anahtarı gizli kalıyor.
groups-linked-notice-anonymous = 🔗 Bir yönetici bu grubu { $panel } panelindeki bir hesaba bağladı. API anahtarı gizli kalıyor.
groups-notifications-on = 🔔 Bu grubun siparişleriyle ilgili bildirimler açık.
groups-notifications-off = 🔕 Bu grubun siparişleriyle ilgili bildirimler kapalı.
groups-notifications-usage =
    Bu grubun siparişleriyle ilgili bildirimler { $state ->
        [on] açık
       *[off] kapalı
    }.
    Değiştirmek için /notifications { $on } veya /notifications { $off } kullanın.
# Words /notifications accepts, comma-separated; the first one is shown in /help and the usage.
groups-notifications-words-on = aç, açık, evet
groups-notifications-words-off = kapat, kapalı, hayır
