cmd-accounts = Your panel accounts: switch, rename, disconnect
accounts-title = 👤 <b>Your panel accounts</b> ({ $count })
accounts-title-group = 👤 <b>This group's panel accounts</b> ({ $count })
accounts-none = You have no panel account connected yet. Add one with the button below or /connect.
accounts-none-group = This group has no panel account linked yet. An admin can add one with the button below or /connect.
accounts-balance = 💰 { $balance }
accounts-balance-unavailable = 💰 balance unavailable: { $reason }
accounts-unreadable = ⚠️ needs reconnecting: connect its key again with /connect
accounts-active-hint = ✅ marks the active account: /balance, /services, /order, /status, /track, /refill and /cancel use it. An order keeps the account it was placed or tracked with.
accounts-button-use = ▫️ Use { $name }
accounts-button-active = ✅ { $name }
accounts-button-rename = ✏️ Rename
accounts-button-disconnect = ❌ Disconnect
accounts-button-add = ➕ Add account
accounts-button-refresh = 🔄 Refresh
accounts-switched = Now using { $name }.
accounts-rename-ask = ✏️ Send a new name for { $name } (up to { $max } characters), or “-” to show the panel's name again.
accounts-renamed = ✅ Renamed to <b>{ $name }</b>. See /accounts.
accounts-rename-cleared = ✅ The account shows its panel's name again. See /accounts.
accounts-rename-too-long = Please send a name of 1 to { $max } characters, or “-”.
accounts-disconnect-confirm = Disconnect <b>{ $name }</b>? { $orders ->
    [0] Nothing is tracked with it.
    [one] The order tracked with it will no longer be followed.
   *[other] The { $orders } orders tracked with it will no longer be followed.
}
accounts-disconnect-yes = ❌ Yes, disconnect
accounts-disconnect-no = Keep it
accounts-disconnected = ✅ <b>{ $name }</b> was disconnected and its key deleted. { $orders ->
    [0] {""}
    [one] 1 tracked order is no longer followed.
   *[other] { $orders } tracked orders are no longer followed.
}
accounts-too-many = You already have { $max } accounts: disconnect one in /accounts first.
accounts-now-active = It is now your active account ({ $count } connected): switch or rename them in /accounts.
accounts-found-on = Found with your account { $name }.
accounts-order-account = 👤 { $name }
