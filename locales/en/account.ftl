start-welcome = 👋 Hi { $name }! I run your SMM-panel account from Telegram: balance, services, orders, refills and cancels — and I tell you when an order's status changes.
start-next-connect = First, connect your panel API key with /connect (you find it on the panel's API page). Then try /balance, /services or /order. /help lists everything.
start-connected = Your account on { $panel } is connected. Try /balance, /services, /order or /orders. /help lists everything.
start-group = 👋 Hi! I help this group follow its SMM-panel orders. An admin can link a panel account with /connect; /help lists the commands.

connect-choose-panel = Which panel is your account on?
connect-panel-chosen = Panel: { $panel }
connect-ask-key = 🔑 Send me your API key for { $panel }. You find it on the panel's API page. I will delete your message right after reading it and store the key encrypted.
connect-ask-key-group = 🔑 Send me the API key for { $panel } that the group “{ $group }” should use. I will delete your message right after reading it and store the key encrypted. Group members never see it.
connect-key-malformed = That does not look like an API key (one word, no spaces). Please send the key again, or /cancel.
connect-key-rejected = ❌ The panel did not accept this key. Check it on the panel's API page and send it again, or /cancel. It was not saved.
connect-try-again = Send the key again to retry, or /cancel. It was not saved.
connect-done = ✅ Connected to { $panel }. Balance: { $balance }.
connect-done-group = ✅ The group “{ $group }” is now linked to { $panel }. Balance: { $balance }.
disconnect-done = Your API key was removed. Connect again any time with /connect.
disconnect-done-group = The group's API key was removed.
disconnect-none = There is no connected API key.

balance = 💰 Balance on { $panel }: { $balance }

language-choose = Choose a language:
language-set = ✅ Language set to English.
