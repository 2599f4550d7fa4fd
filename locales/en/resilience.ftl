# Resilience: unreadable secrets, slow panels, unknown placements, catalogue sanity.
account-unreadable = 🔑 Your panel account needs reconnecting: I can no longer read its saved API key (the bot's encryption key was changed). Send /connect and add the key again.
account-unreadable-group = 🔑 This group's panel account needs reconnecting: I can no longer read its saved API key (the bot's encryption key was changed). A group admin can link it again with /connect.
conversation-state-lost = Your unfinished step was lost after a bot update, so I have closed it. Nothing was sent to the panel; please start again.
budget-still-waiting = ⏳ The panel is slow to answer — still waiting… (/cancel stops waiting)
budget-wait-cancelled = Stopped waiting for the panel. Nothing was changed.
services-card-unavailable = ⚠️ This service is unavailable: the panel lists it with impossible limits or price, so it cannot be ordered here.
