# Groups: introduction, admin-only rules, linking the group's panel account, notifications.
groups-intro =
    👋 Hi, I'm @{ $bot }! I help this group follow its SMM-panel orders.
    Admins: link the group's panel account with /connect (the API key is sent in a private chat, never here), then use /order, /balance, /track, /refill, /cancel, /notifications on|off and /language.
    Everyone: /status ID, /orders, /refills ID and /help.
groups-admins-only = 🔒 Sorry, only group admins can use { $command } here.
groups-button-admins-only = 🔒 This button is for group admins.
groups-button-not-yours = ✋ Another user started this order. Start your own if you need one.
groups-connect-link = 🔐 For safety I never ask for API keys in groups. Tap the button to link this group's panel account in our private chat. The link works for group admins only and expires in an hour.
groups-connect-button = 🔐 Link in private chat
groups-link-invalid = This link is not valid. Send /connect in the group again to get a new one.
groups-link-expired = This link has expired. Send /connect in the group again to get a new one.
groups-link-not-admin = Only admins of that group can link its panel account.
groups-link-no-access = I can't reach that group any more. Add me to it again, then send /connect there.
groups-unnamed = your group
groups-linked-notice = 🔗 { $admin } linked this group to its panel account on { $panel }. The API key stays private.
groups-linked-notice-anonymous = 🔗 An admin linked this group to its panel account on { $panel }. The API key stays private.
groups-notifications-on = 🔔 Notifications about this group's orders are on.
groups-notifications-off = 🔕 Notifications about this group's orders are off.
groups-notifications-usage =
    Notifications about this group's orders are { $state ->
        [on] on
       *[off] off
    }.
    Use /notifications { $on } or /notifications { $off } to change it.
# Words /notifications accepts, comma-separated; the first one is shown in /help and the usage.
groups-notifications-words-on = on, yes
groups-notifications-words-off = off, no
