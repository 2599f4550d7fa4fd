# Inline mode: @bot 23501 in any chat.
inline-connect-button = 🔑 Connect your panel account first
inline-error-title = ⚠️ Could not check the orders
inline-no-orders-title = No recent orders yet
inline-no-orders-description = Type an order ID after my name, e.g. 23501
inline-no-orders-text = Type order IDs after my name to share their status, e.g. @{ $bot } 23501 23502
inline-format-title = ℹ️ Order IDs are numbers
inline-format-description = Type one or more order IDs, e.g. 23501 23502
inline-format-text = ℹ️ Order IDs are numbers, e.g. @{ $bot } 23501 23502. This is not an order ID: { $tokens }
inline-unknown-title = ❔ Order { $id } not found
inline-unknown-description = The panel does not know this order ID on your account.
inline-unknown-text = ❔ The panel does not know order { $id }. Check the number and try again.
