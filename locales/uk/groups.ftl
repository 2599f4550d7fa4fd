# Групи: знайомство, правила лише для адміністраторів, прив’язка акаунта панелі групи, сповіщення.
groups-intro =
    👋 Вітаю, я @{ $bot }! Я допомагаю цій групі стежити за замовленнями на SMM-панелі.
    Адміністраторам: прив’яжіть акаунт панелі групи командою /connect (API-ключ надсилається в особистому чаті, ніколи не тут), а потім користуйтеся /order, /balance, /track, /refill, /cancel, /notifications on|off і /language.
    Усім: /status ID, /orders, /refills ID і /help.
groups-admins-only = 🔒 Вибачте, тут команду { $command } можуть використовувати лише адміністратори групи.
groups-button-admins-only = 🔒 Ця кнопка — лише для адміністраторів групи.
groups-button-not-yours = ✋ Цей діалог розпочав інший учасник. Якщо потрібно, почніть свій.
groups-connect-link = 🔐 З міркувань безпеки я ніколи не прошу API-ключі в групах. Натисніть кнопку, щоб прив’язати акаунт панелі цієї групи в нашому особистому чаті. Посилання працює лише для адміністраторів групи й діє одну годину.
groups-connect-button = 🔐 Прив’язати в особистому чаті
groups-link-invalid = Це посилання недійсне. Надішліть /connect у групі ще раз, щоб отримати нове.
groups-link-expired = Термін дії посилання минув. Надішліть /connect у групі ще раз, щоб отримати нове.
groups-link-not-admin = Прив’язати акаунт панелі може лише адміністратор цієї групи.
groups-link-no-access = Я більше не маю доступу до цієї групи. Додайте мене до неї знову, а потім надішліть там /connect.
groups-unnamed = ваша група
groups-linked-notice = 🔗 Адміністратор { $admin } прив’язав цю групу до акаунта панелі на { $panel }. API-ключ залишається таємним.
groups-linked-notice-anonymous = 🔗 Адміністратор прив’язав цю групу до акаунта панелі на { $panel }. API-ключ залишається таємним.
groups-notifications-on = 🔔 Сповіщення про замовлення цієї групи увімкнено.
groups-notifications-off = 🔕 Сповіщення про замовлення цієї групи вимкнено.
groups-notifications-usage =
    Сповіщення про замовлення цієї групи { $state ->
        [on] увімкнено
       *[off] вимкнено
    }.
    Щоб змінити це, надішліть /notifications { $on } або /notifications { $off }.
# Words /notifications accepts, comma-separated; the first one is shown in /help and the usage.
groups-notifications-words-on = увімк, увімкнути, так
groups-notifications-words-off = вимк, вимкнути, ні
