# Money: funds shortfall and the low-balance alert.
money-shortfall = कमी: <b>{ $shortfall }</b>। बैलेंस भरें या कम ऑर्डर करें।
money-button-change-quantity = ✏️ कम ऑर्डर करें
money-low-balance = 🪫 आपका बैलेंस ({ $balance }) आपकी चेतावनी सीमा { $threshold } से कम है।
money-settings-low-off = 🪫 कम बैलेंस चेतावनी: बंद
money-settings-low-on = 🪫 कम बैलेंस चेतावनी: { $amount } से कम
