# Группы: знакомство, правила только для администраторов, привязка аккаунта панели группы, уведомления.
groups-intro =
    👋 Здравствуйте, я @{ $bot }! Я помогаю этой группе следить за заказами на SMM-панели.
    Администраторам: привяжите аккаунт панели группы командой /connect (API-ключ отправляется в личном чате, никогда не здесь), затем пользуйтесь /order, /balance, /track, /refill, /cancel, /notifications on|off и /language.
    Всем: /status ID, /orders, /refills ID и /help.
groups-admins-only = 🔒 Извините, здесь команду { $command } могут использовать только администраторы группы.
groups-button-admins-only = 🔒 Эта кнопка — только для администраторов группы.
groups-button-not-yours = ✋ Этот диалог начал другой участник. Если нужно, начните свой.
groups-connect-link = 🔐 Ради безопасности я никогда не прошу API-ключи в группах. Нажмите кнопку, чтобы привязать аккаунт панели этой группы в нашем личном чате. Ссылка работает только для администраторов группы и действует один час.
groups-connect-button = 🔐 Привязать в личном чате
groups-link-invalid = Эта ссылка недействительна. Отправьте /connect в группе ещё раз, чтобы получить новую.
groups-link-expired = Срок действия ссылки истёк. Отправьте /connect в группе ещё раз, чтобы получить новую.
groups-link-not-admin = Привязать аккаунт панели может только администратор этой группы.
groups-link-no-access = У меня больше нет доступа к этой группе. Добавьте меня в неё снова, а затем отправьте там /connect.
groups-unnamed = ваша группа
groups-linked-notice = 🔗 Администратор { $admin } привязал эту группу к аккаунту панели на { $panel }. API-ключ остаётся в секрете.
groups-linked-notice-anonymous = 🔗 Администратор привязал эту группу к аккаунту панели на { $panel }. API-ключ остаётся в секрете.
groups-notifications-on = 🔔 Уведомления о заказах этой группы включены.
groups-notifications-off = 🔕 Уведомления о заказах этой группы выключены.
groups-notifications-usage =
    Уведомления о заказах этой группы { $state ->
        [on] включены
       *[off] выключены
    }.
    Чтобы изменить это, отправьте /notifications { $on } или /notifications { $off }.
# Words /notifications accepts, comma-separated; the first one is shown in /help and the usage.
groups-notifications-words-on = вкл, включить, да
groups-notifications-words-off = выкл, выключить, нет
