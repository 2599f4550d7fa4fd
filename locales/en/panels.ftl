## /connect → ➕ Other panel: any API v2 panel, by its address
button-other-panel = ➕ Other panel
connect-ask-address = 🌐 Send the address of your panel, for example smmpanel.com or https://smmpanel.com/api/v2. I will find its API.
connect-panel-found = Panel API found: { $url }
connect-address-refused-malformed = That is not a web address. Send it like smmpanel.com or https://smmpanel.com/api/v2, or /cancel.
connect-address-refused-scheme = Only secure https addresses are allowed. Send the panel's https address, or /cancel.
connect-address-refused-credentials = The address must not contain a user name or password. Send it without them, or /cancel.
connect-address-refused-port = That port is not allowed: panels are reached on the standard web ports. Send the address without the port, or /cancel.
connect-address-refused-denied = The bot's operator has blocked this panel. Send another address, or /cancel.
connect-address-refused-not-allowed = The bot's operator allows only certain panels, and this is not one of them. Send another address, or /cancel.
connect-address-refused-disabled = Other panels are turned off on this bot. Send /connect to choose one of its panels.
connect-address-refused-private = This address leads to a private or internal network, not to a public panel. Send the panel's public address, or /cancel.
connect-address-refused-unresolved = This address does not exist (the domain is not found). Check the spelling and send it again, or /cancel.
connect-no-api = I reached { $host }, but found no panel API there. Send the full API address from the panel's API page (for example https://smmpanel.com/api/v2), or /cancel.
connect-unreachable = I could not reach { $host } (no answer, or its protection blocked me). Send the address again to retry, or /cancel.
